import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SCAM_TYPES } from '../../../src/domain/report';
import { query } from '../api';
import { Pager } from '../components/Pager';
import { Failure, Loading } from '../components/status';
import { useApi } from '../components/useApi';

export interface ReportSummary {
  id: string;
  source_ref: string;
  organisation: { id: string; name: string; country: string } | null;
  tlp: string;
  reported_at: string;
  country: string;
  source: string;
  scam_type: string;
  loss: { amount: number; currency: string } | null;
}

const LIMIT = 50;

export function Reports() {
  const { t, i18n } = useTranslation();
  const [filter, setFilter] = useState({ country: '', scam_type: '' });
  const [draft, setDraft] = useState(filter);
  const [offset, setOffset] = useState(0);
  const { data, error } = useApi<{ reports: ReportSummary[]; next_offset: number | null }>(
    `/api/v1/reports${query({ ...filter, limit: LIMIT, offset })}`,
  );
  return (
    <section>
      <h1>{t('reports.title')}</h1>
      <form
        className="filters"
        onSubmit={(e) => {
          e.preventDefault();
          setOffset(0);
          setFilter(draft);
        }}
      >
        <label>
          {t('common.country')}
          <input
            value={draft.country}
            maxLength={2}
            size={3}
            onChange={(e) => setDraft({ ...draft, country: e.target.value.toUpperCase() })}
          />
        </label>
        <label>
          {t('common.scamType')}
          <select value={draft.scam_type} onChange={(e) => setDraft({ ...draft, scam_type: e.target.value })}>
            <option value="">{t('common.all')}</option>
            {SCAM_TYPES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        <button type="submit">{t('common.apply')}</button>
      </form>
      {error && <Failure error={error} />}
      {!data && !error && <Loading />}
      {data && (
        <>
          <table className="list" data-testid="report-list">
            <thead>
              <tr>
                <th>{t('common.reportedAt')}</th>
                <th>{t('common.report')}</th>
                <th>{t('common.country')}</th>
                <th>{t('common.scamType')}</th>
                <th>{t('common.source')}</th>
                <th>{t('common.organisation')}</th>
                <th className="number">{t('common.loss')}</th>
                <th>TLP</th>
              </tr>
            </thead>
            <tbody>
              {data.reports.map((r) => (
                <tr key={r.id}>
                  <td>{r.reported_at.slice(0, 10)}</td>
                  <td>
                    <Link to={`/reports/${r.id}`}>{r.source_ref}</Link>
                  </td>
                  <td>{r.country}</td>
                  <td>{r.scam_type}</td>
                  <td>{r.source}</td>
                  <td>{r.organisation?.name}</td>
                  <td className="number">
                    {r.loss
                      ? `${new Intl.NumberFormat(i18n.language).format(r.loss.amount)} ${r.loss.currency}`
                      : ''}
                  </td>
                  <td>
                    <span className={`tlp tlp-${r.tlp.replace('+', '-')}`}>{r.tlp.toUpperCase()}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager offset={offset} limit={LIMIT} next={data.next_offset} onPage={setOffset} />
        </>
      )}
    </section>
  );
}
