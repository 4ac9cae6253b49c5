import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError, api, query } from '../api';
import { Failure, Loading } from '../components/status';
import { useApi } from '../components/useApi';

interface AppealItem {
  id: string;
  reference: string;
  status: string;
  indicator: { id: string; kind: string; value: string };
  statement: string;
  language: string;
  created_at: string;
  decision_reason: string | null;
}
interface AppealFull {
  id: string;
  reference: string;
  status: string;
  appellant: { name: string; contact: string };
  statement: string;
}

/** Appeals against the organisation's listings: read one (the appellant's contact is audited), decide. */
export function Appeals() {
  const { t } = useTranslation();
  const [status, setStatus] = useState('open');
  const [version, setVersion] = useState(0);
  const list = useApi<{ appeals: AppealItem[] }>(`/api/v1/appeals${query({ status, v: version })}`);
  const [open, setOpen] = useState<AppealFull | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  const read = async (id: string) => {
    setError(null);
    setOpen(await api<AppealFull>(`/api/v1/appeals/${id}`));
  };
  const decide = async (event: FormEvent, decision: 'uphold' | 'clear') => {
    event.preventDefault();
    if (!open) return;
    try {
      await api(`/api/v1/appeals/${open.id}/decision`, { method: 'POST', body: { decision, reason } });
      setOpen(null);
      setReason('');
      setVersion(version + 1);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  };

  return (
    <section>
      <h1>{t('appeals.title')}</h1>
      <div className="filters">
        <select aria-label={t('appeals.status')} value={status} onChange={(e) => setStatus(e.target.value)}>
          {['open', 'upheld', 'cleared'].map((s) => (
            <option key={s} value={s}>
              {t(`appeals.${s}`)}
            </option>
          ))}
        </select>
      </div>
      {list.error && <Failure error={list.error} />}
      {!list.data && !list.error && <Loading />}
      {list.data && list.data.appeals.length === 0 && <p>{t('appeals.none')}</p>}
      {list.data && list.data.appeals.length > 0 && (
        <table className="list" data-testid="appeals">
          <tbody>
            {list.data.appeals.map((a) => (
              <tr key={a.id}>
                <td>{a.created_at.slice(0, 10)}</td>
                <td>
                  <code>{a.reference}</code>
                </td>
                <td>
                  <span className="badge">{a.indicator.kind}</span>{' '}
                  <Link to={`/indicators/${encodeURIComponent(a.indicator.id)}`}>{a.indicator.value}</Link>
                </td>
                <td>{a.statement}</td>
                <td>
                  {a.status === 'open' ? (
                    <button type="button" onClick={() => void read(a.id)}>
                      {t('appeals.review')}
                    </button>
                  ) : (
                    a.decision_reason
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {open && (
        <form className="card stack" data-testid="appeal-review" onSubmit={(e) => e.preventDefault()}>
          <h2>
            {t('appeals.review')} <code>{open.reference}</code>
          </h2>
          <p>
            {open.appellant.name} · {open.appellant.contact}
          </p>
          <blockquote className="narrative">{open.statement}</blockquote>
          <label>
            {t('appeals.reason')}
            <textarea required value={reason} onChange={(e) => setReason(e.target.value)} rows={3} />
          </label>
          {error && (
            <p role="alert" className="error">
              {error}
            </p>
          )}
          <div className="filters">
            <button type="submit" onClick={(e) => void decide(e, 'uphold')} disabled={!reason.trim()}>
              {t('appeals.uphold')}
            </button>
            <button type="submit" onClick={(e) => void decide(e, 'clear')} disabled={!reason.trim()}>
              {t('appeals.clear')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
