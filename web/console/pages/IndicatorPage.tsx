import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { BarChart } from '../components/charts';
import { Failure, Loading } from '../components/status';
import { useApi } from '../components/useApi';

interface IndicatorView {
  id: string;
  kind: string;
  value: string;
  details: Record<string, string>;
  reports: number;
  countries: string[];
  first_seen: string | null;
  last_seen: string | null;
  scam_types: { scam_type: string; reports: number }[];
  losses: { currency: string; amount: number; reports: number }[];
  recent_sightings: {
    report_id: string;
    country: string;
    seen_at: string;
    origin: string;
    origin_org_id: string;
  }[];
}
interface ClusterOfIndicator {
  indicator: { links: boolean; status: string; reason: string | null };
  cluster: { id: string; reports: number; countries: { country: string }[] } | null;
}
interface Organisations {
  organisations: { id: string; name: string; country: string }[];
}

export function IndicatorPage({ may }: { may: (permission: string) => boolean }) {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const { data, error } = useApi<IndicatorView>(`/api/v1/indicators/${encodeURIComponent(id)}`);
  const cluster = useApi<ClusterOfIndicator>(
    may('clusters:read') ? `/api/v1/indicators/${encodeURIComponent(id)}/cluster` : null,
  );
  const orgs = useApi<Organisations>('/api/v1/organisations');
  if (error) return <Failure error={error} />;
  if (!data) return <Loading />;
  const orgName = new Map(orgs.data?.organisations.map((o) => [o.id, o.name]));
  const months = new Map<string, number>();
  for (const s of [...data.recent_sightings].reverse())
    months.set(s.seen_at.slice(0, 7), (months.get(s.seen_at.slice(0, 7)) ?? 0) + 1);
  const byOrg = new Map<string, number>();
  for (const s of data.recent_sightings) byOrg.set(s.origin_org_id, (byOrg.get(s.origin_org_id) ?? 0) + 1);
  return (
    <section>
      <h1>
        <span className="badge">{data.kind}</span> <code data-testid="indicator-value">{data.value}</code>
      </h1>
      <dl className="facts">
        <dt>{t('common.reports')}</dt>
        <dd data-testid="indicator-reports">{data.reports}</dd>
        <dt>{t('common.countries')}</dt>
        <dd>{data.countries.join(', ')}</dd>
        <dt>{t('common.firstSeen')}</dt>
        <dd>{data.first_seen?.slice(0, 10)}</dd>
        <dt>{t('common.lastSeen')}</dt>
        <dd>{data.last_seen?.slice(0, 10)}</dd>
        <dt>{t('common.scamType')}</dt>
        <dd>{data.scam_types.map((s) => `${s.scam_type} (${s.reports})`).join(', ')}</dd>
        <dt>{t('common.loss')}</dt>
        <dd>
          {data.losses
            .map((l) => `${new Intl.NumberFormat(i18n.language).format(l.amount)} ${l.currency}`)
            .join(' · ')}
        </dd>
        {Object.entries(data.details).map(([key, value]) => (
          <>
            <dt key={`k-${key}`}>{key}</dt>
            <dd key={`v-${key}`}>{value}</dd>
          </>
        ))}
        {cluster.data && (
          <>
            <dt>{t('indicator.status')}</dt>
            <dd data-testid="indicator-status">
              {cluster.data.indicator.links
                ? t('indicator.links')
                : `${t('indicator.held')}: ${cluster.data.indicator.reason ?? cluster.data.indicator.status}`}
            </dd>
            {cluster.data.cluster && (
              <>
                <dt>{t('indicator.cluster')}</dt>
                <dd>
                  <Link to={`/clusters/${cluster.data.cluster.id}`}>
                    {t('indicator.openCluster')} ({cluster.data.cluster.reports} {t('common.reports')},{' '}
                    {cluster.data.cluster.countries.map((c) => c.country).join(', ')})
                  </Link>
                </dd>
              </>
            )}
          </>
        )}
      </dl>
      <div className="grid">
        <figure className="card">
          <figcaption>{t('indicator.timeline')}</figcaption>
          <BarChart label={t('common.reports')} labels={[...months.keys()]} values={[...months.values()]} />
        </figure>
        <figure className="card">
          <figcaption>{t('indicator.organisations')}</figcaption>
          <ul className="plain">
            {[...byOrg].map(([org, n]) => (
              <li key={org}>
                {orgName.get(org) ?? org} <span className="muted">({n})</span>
              </li>
            ))}
          </ul>
        </figure>
      </div>
      <h2>{t('indicator.sightings')}</h2>
      <table className="list">
        <tbody>
          {data.recent_sightings.map((s) => (
            <tr key={s.report_id}>
              <td>{s.seen_at.slice(0, 10)}</td>
              <td>{s.country}</td>
              <td>{orgName.get(s.origin_org_id) ?? s.origin_org_id}</td>
              <td>{s.origin}</td>
              <td>
                <Link to={`/reports/${s.report_id}`}>{t('common.report')}</Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
