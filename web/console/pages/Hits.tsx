import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type Me, query } from '../api';
import { Pager } from '../components/Pager';
import { Failure, Loading } from '../components/status';
import { useApi } from '../components/useApi';

export interface HitsAnswer {
  total: number;
  hits: {
    id: string;
    indicator: { id: string; kind?: string; value?: string };
    countries: string[];
    first_seen: string;
    last_seen: string;
    updates: number;
    sides: { country: string; organisations: { id: string; name: string | null; reports: number }[] }[];
  }[];
}
const LIMIT = 50;

/** The hits inbox: values the signed-in person's organisation reported that another country has seen too. */
export function Hits({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [offset, setOffset] = useState(0);
  const { data, error } = useApi<HitsAnswer>(
    `/api/v1/hits${query({ organisation: me.org.id, limit: LIMIT, offset })}`,
  );
  return (
    <section>
      <h1>{t('hits.title', { org: me.org.name })}</h1>
      {error && <Failure error={error} />}
      {!data && !error && <Loading />}
      {data && data.hits.length === 0 && <p>{t('hits.empty')}</p>}
      {data && data.hits.length > 0 && (
        <>
          <table className="list" data-testid="hits">
            <thead>
              <tr>
                <th>{t('common.lastSeen')}</th>
                <th>{t('hits.indicator')}</th>
                <th>{t('common.countries')}</th>
                <th>{t('hits.parties')}</th>
                <th className="number">{t('hits.updates')}</th>
              </tr>
            </thead>
            <tbody>
              {data.hits.map((h) => (
                <tr key={h.id}>
                  <td>{h.last_seen.slice(0, 10)}</td>
                  <td>
                    <span className="badge">{h.indicator.kind}</span>{' '}
                    <Link to={`/indicators/${encodeURIComponent(h.indicator.id)}`}>{h.indicator.value}</Link>
                  </td>
                  <td>{h.countries.join(' ↔ ')}</td>
                  <td>
                    {h.sides
                      .flatMap((s) => s.organisations.map((o) => `${o.name ?? o.id} (${o.reports})`))
                      .join(' · ')}
                  </td>
                  <td className="number">{h.updates}</td>
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
