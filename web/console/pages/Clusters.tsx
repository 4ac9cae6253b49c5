import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { query } from '../api';
import { Pager } from '../components/Pager';
import { Failure, Loading } from '../components/status';
import { useApi } from '../components/useApi';

interface ClusterList {
  total: number;
  clusters: {
    id: string;
    reports: number;
    indicators: number;
    countries: string[];
    last_seen: string | null;
    loss_usd_indicative: number;
  }[];
}
const LIMIT = 50;

export function Clusters() {
  const { t } = useTranslation();
  const [crossBorder, setCrossBorder] = useState(true);
  const [sort, setSort] = useState('reports');
  const [offset, setOffset] = useState(0);
  const { data, error } = useApi<ClusterList>(
    `/api/v1/clusters${query({ cross_border: crossBorder || undefined, sort, min_reports: 2, limit: LIMIT, offset })}`,
  );
  return (
    <section>
      <h1>{t('cluster.clusters')}</h1>
      <div className="filters">
        <label>
          <input type="checkbox" checked={crossBorder} onChange={(e) => setCrossBorder(e.target.checked)} />{' '}
          {t('cluster.crossBorder')}
        </label>
        <label>
          {t('cluster.sort')}{' '}
          <select value={sort} onChange={(e) => setSort(e.target.value)}>
            <option value="reports">reports</option>
            <option value="loss">loss</option>
            <option value="recent">recent</option>
          </select>
        </label>
      </div>
      {error && <Failure error={error} />}
      {!data && !error && <Loading />}
      {data && (
        <>
          <table className="list" data-testid="cluster-list">
            <tbody>
              {data.clusters.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link to={`/clusters/${c.id}`}>{c.id.slice(0, 8)}</Link>
                  </td>
                  <td className="number">
                    {c.reports} {t('common.reports')}
                  </td>
                  <td>{c.countries.join(', ')}</td>
                  <td>{c.last_seen?.slice(0, 10)}</td>
                  <td className="number">≈ US$ {Math.round(c.loss_usd_indicative).toLocaleString()}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager
            offset={offset}
            limit={LIMIT}
            next={offset + LIMIT < data.total ? offset + LIMIT : null}
            onPage={setOffset}
          />
        </>
      )}
    </section>
  );
}
