import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ApiError, api, query } from '../api';
import { ClusterGraph, type ClusterGraphData } from '../components/ClusterGraph';
import { Failure, Loading } from '../components/status';
import { useApi } from '../components/useApi';

interface ClusterView {
  id: string;
  merged_into?: string;
  reports: number;
  indicator_count: number;
  indicators: Record<string, { count: number; values: { id: string; value: string }[] }>;
  held_back: {
    id: string;
    kind: string;
    value: string;
    status: string;
    reason: string | null;
    reports: number;
  }[];
  countries: { country: string; reports: number; first_seen: string | null; last_seen: string | null }[];
  organisations: { id: string; name: string | null; reports: number }[];
  loss: { currency: string; amount: number; reports: number }[];
  scam_types: { scam_type: string; reports: number }[];
  timeline: { month: string; countries: Record<string, number> }[];
  events: { kind: string; at: string; other_id: string; reports_moved: number }[];
}
interface GraphAnswer extends ClusterGraphData {
  reports_total: number;
  truncated: boolean;
}
type Step =
  | { indicator: { id: string; kind: string; value: string } }
  | { report: { id: string; source_ref?: string; country?: string } };

export default function ClusterPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const cluster = useApi<ClusterView>(`/api/v1/clusters/${encodeURIComponent(id)}`);
  // `?limit=N` draws up to N reports (default 3,000; at most 5,000).
  const [search] = useSearchParams();
  const graph = useApi<GraphAnswer>(
    `/api/v1/clusters/${encodeURIComponent(id)}/graph${query({ limit: search.get('limit') })}`,
  );
  const [colourBy, setColourBy] = useState<'kind' | 'country'>('kind');
  const [explain, setExplain] = useState({ from: '', to: '' });
  const [path, setPath] = useState<{ linked: boolean; path: Step[]; reason?: string } | null>(null);
  const [explainError, setExplainError] = useState<string | null>(null);

  const ask = async (event: FormEvent) => {
    event.preventDefault();
    setExplainError(null);
    try {
      setPath(await api(`/api/v1/explain${query(explain)}`));
    } catch (e) {
      setExplainError(e instanceof ApiError ? e.message : String(e));
    }
  };

  if (cluster.error) return <Failure error={cluster.error} />;
  if (!cluster.data) return <Loading />;
  const c = cluster.data;
  const countries = [...new Set(c.timeline.flatMap((m) => Object.keys(m.countries)))].sort();
  return (
    <section>
      <h1>
        {t('cluster.title')} <code>{c.id.slice(0, 8)}</code>{' '}
        <span className="muted">
          {c.reports} {t('common.reports')} · {c.countries.map((x) => x.country).join(', ')}
        </span>
      </h1>
      <div className="grid">
        <figure className="card wide">
          <figcaption>
            {t('cluster.graph')} ·{' '}
            <label>
              {t('cluster.colourBy')}{' '}
              <select value={colourBy} onChange={(e) => setColourBy(e.target.value as 'kind' | 'country')}>
                <option value="kind">{t('cluster.byKind')}</option>
                <option value="country">{t('cluster.byCountry')}</option>
              </select>
            </label>
          </figcaption>
          {graph.error && <Failure error={graph.error} />}
          {!graph.data && !graph.error && <Loading />}
          {graph.data && (
            <>
              {graph.data.truncated && (
                <p className="muted">
                  {t('cluster.truncated', {
                    shown: graph.data.reports.length,
                    total: graph.data.reports_total,
                  })}
                </p>
              )}
              <ClusterGraph data={graph.data} colourBy={colourBy} />
            </>
          )}
        </figure>
        <figure className="card wide">
          <figcaption>{t('cluster.relocation')}</figcaption>
          <table className="list timeline" data-testid="relocation">
            <thead>
              <tr>
                <th />
                {countries.map((country) => (
                  <th key={country}>{country}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {c.timeline.map((m) => (
                <tr key={m.month}>
                  <th scope="row">{m.month}</th>
                  {countries.map((country) => (
                    <td key={country} className="number">
                      {m.countries[country] ?? ''}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </figure>
        <figure className="card">
          <figcaption>{t('cluster.values')}</figcaption>
          {Object.entries(c.indicators).map(([kind, group]) => (
            <div key={kind}>
              <strong>
                {kind} ({group.count})
              </strong>
              <ul className="plain">
                {group.values.map((v) => (
                  <li key={v.id}>
                    <Link to={`/indicators/${encodeURIComponent(v.id)}`}>{v.value}</Link>
                  </li>
                ))}
              </ul>
            </div>
          ))}
          {c.held_back.length > 0 && (
            <>
              <strong>held back</strong>
              <ul className="plain">
                {c.held_back.map((h) => (
                  <li key={h.id}>
                    <Link to={`/indicators/${encodeURIComponent(h.id)}`}>{h.value}</Link>{' '}
                    <span className="muted">{h.reason ?? h.status}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </figure>
        <figure className="card">
          <figcaption>{t('common.organisation')}</figcaption>
          <ul className="plain">
            {c.organisations.map((o) => (
              <li key={o.id}>
                {o.name ?? o.id} <span className="muted">({o.reports})</span>
              </li>
            ))}
          </ul>
          <figcaption>{t('common.loss')}</figcaption>
          <ul className="plain">
            {c.loss.map((l) => (
              <li key={l.currency}>
                {new Intl.NumberFormat(i18n.language).format(l.amount)} {l.currency}
              </li>
            ))}
          </ul>
        </figure>
        <figure className="card wide">
          <figcaption>{t('cluster.explain')}</figcaption>
          <form className="filters" onSubmit={(e) => void ask(e)}>
            <input
              aria-label={t('cluster.from')}
              placeholder={t('cluster.from')}
              value={explain.from}
              onChange={(e) => setExplain({ ...explain, from: e.target.value })}
              required
            />
            <input
              aria-label={t('cluster.to')}
              placeholder={t('cluster.to')}
              value={explain.to}
              onChange={(e) => setExplain({ ...explain, to: e.target.value })}
              required
            />
            <button type="submit">{t('cluster.explainSubmit')}</button>
          </form>
          {explainError && (
            <p role="alert" className="error">
              {explainError}
            </p>
          )}
          {path && (
            <ol className="path" data-testid="explain-path">
              {!path.linked && (
                <li>
                  {t('cluster.noPath')}: {path.reason}
                </li>
              )}
              {path.path.map((step) =>
                'indicator' in step ? (
                  <li key={`i:${step.indicator.id}`}>
                    <span className="badge">{step.indicator.kind}</span>{' '}
                    <Link to={`/indicators/${encodeURIComponent(step.indicator.id)}`}>
                      {step.indicator.value}
                    </Link>
                  </li>
                ) : (
                  <li key={`r:${step.report.id}`}>
                    {t('common.report')}{' '}
                    <Link to={`/reports/${step.report.id}`}>{step.report.source_ref ?? step.report.id}</Link>{' '}
                    <span className="muted">{step.report.country}</span>
                  </li>
                ),
              )}
            </ol>
          )}
        </figure>
      </div>
    </section>
  );
}
