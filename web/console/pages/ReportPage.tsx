import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Narrative } from '../components/Narrative';
import { Failure, Loading } from '../components/status';
import { useApi } from '../components/useApi';
import type { ReportSummary } from './Reports';

interface ReportView extends ReportSummary {
  narrative: string | null;
  narrative_spans: { start: number; end: number; indicator_id: string }[];
  indicators: { id: string; kind: string; value: string; origin: string }[];
}

export function ReportPage() {
  const { t, i18n } = useTranslation();
  const { id } = useParams();
  const { data, error } = useApi<ReportView>(`/api/v1/reports/${encodeURIComponent(id ?? '')}`);
  if (error) return <Failure error={error} />;
  if (!data) return <Loading />;
  return (
    <section>
      <h1>
        {t('common.report')} {data.source_ref}{' '}
        <span className={`tlp tlp-${data.tlp.replace('+', '-')}`}>TLP:{data.tlp.toUpperCase()}</span>
      </h1>
      <dl className="facts">
        <dt>{t('common.reportedAt')}</dt>
        <dd>{data.reported_at.slice(0, 16).replace('T', ' ')}</dd>
        <dt>{t('common.country')}</dt>
        <dd>{data.country}</dd>
        <dt>{t('common.scamType')}</dt>
        <dd>{data.scam_type}</dd>
        <dt>{t('common.source')}</dt>
        <dd>{data.source}</dd>
        <dt>{t('common.organisation')}</dt>
        <dd>{data.organisation?.name}</dd>
        {data.loss && (
          <>
            <dt>{t('common.loss')}</dt>
            <dd>
              {new Intl.NumberFormat(i18n.language).format(data.loss.amount)} {data.loss.currency}
            </dd>
          </>
        )}
      </dl>
      {data.narrative && (
        <>
          <h2>{t('reports.narrative')}</h2>
          <Narrative text={data.narrative} spans={data.narrative_spans} />
        </>
      )}
      <h2>{t('reports.indicators')}</h2>
      <ul className="plain" data-testid="report-indicators">
        {data.indicators.map((i) => (
          <li key={i.id}>
            <span className="badge">{i.kind}</span>{' '}
            <Link to={`/indicators/${encodeURIComponent(i.id)}`}>{i.value}</Link>{' '}
            <span className="muted">
              {t('reports.origin')} {i.origin}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
