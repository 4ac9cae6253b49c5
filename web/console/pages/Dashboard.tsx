import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type Me, query } from '../api';
import { BarChart, DoughnutChart, LineChart } from '../components/charts';
import { Failure, Loading } from '../components/status';
import { useApi } from '../components/useApi';
import type { HitsAnswer } from './Hits';

interface Overview {
  reports: number;
  months: { month: string; reports: number }[];
  countries: { country: string; reports: number }[];
  scam_types: { scam_type: string; reports: number }[];
  losses: { currency: string; amount: number; reports: number }[];
}

export function Dashboard({ me }: { me: Me }) {
  const { t, i18n } = useTranslation();
  const overview = useApi<Overview>('/api/v1/stats/overview');
  const hits = useApi<HitsAnswer>(
    me.permissions.includes('hits:read') ? `/api/v1/hits${query({ limit: 8 })}` : null,
  );
  if (overview.error) return <Failure error={overview.error} />;
  if (!overview.data) return <Loading />;
  const o = overview.data;
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <section>
      <h1>{t('dashboard.title')}</h1>
      <p data-testid="total">
        {t('dashboard.total', { count: o.reports, formatted: number.format(o.reports) })}
      </p>
      <div className="grid">
        <figure className="card wide">
          <figcaption>{t('dashboard.overTime')}</figcaption>
          <LineChart
            label={t('common.reports')}
            labels={o.months.map((m) => m.month)}
            values={o.months.map((m) => m.reports)}
          />
        </figure>
        <figure className="card">
          <figcaption>{t('dashboard.byCountry')}</figcaption>
          <BarChart
            label={t('common.reports')}
            labels={o.countries.map((c) => c.country)}
            values={o.countries.map((c) => c.reports)}
          />
        </figure>
        <figure className="card">
          <figcaption>{t('dashboard.byScamType')}</figcaption>
          <DoughnutChart
            labels={o.scam_types.map((s) => s.scam_type)}
            values={o.scam_types.map((s) => s.reports)}
          />
        </figure>
        <figure className="card">
          <figcaption>{t('dashboard.losses')}</figcaption>
          <table>
            <tbody>
              {o.losses.map((l) => (
                <tr key={l.currency}>
                  <th scope="row">{l.currency}</th>
                  <td className="number">
                    {new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 0 }).format(l.amount)}
                  </td>
                  <td className="muted number">
                    {number.format(l.reports)} {t('common.reports')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </figure>
        {hits.data && (
          <figure className="card wide">
            <figcaption>{t('dashboard.newestHits')}</figcaption>
            <ul className="plain">
              {hits.data.hits.map((h) => (
                <li key={h.id}>
                  <Link to={`/indicators/${encodeURIComponent(h.indicator.id)}`}>{h.indicator.value}</Link>{' '}
                  <span className="muted">
                    {h.countries.join(' ↔ ')} · {h.last_seen.slice(0, 10)}
                  </span>
                </li>
              ))}
            </ul>
          </figure>
        )}
      </div>
    </section>
  );
}
