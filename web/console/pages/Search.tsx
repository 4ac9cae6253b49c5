import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError, api, query } from '../api';

interface Normalized {
  valid: boolean;
  kind?: string;
  value?: string;
  error?: string;
}
interface CheckAnswer {
  indicator_id?: string;
  kind: string;
  value: string;
  reports: number;
  countries: string[];
  last_seen: string | null;
  scam_types: { scam_type: string; reports: number }[];
}

/** Any indicator in any format: its canonical form, how often it was reported, and a way to its page. */
export function Search() {
  const { t } = useTranslation();
  const [value, setValue] = useState('');
  const [bank, setBank] = useState('');
  const [result, setResult] = useState<{ normalized: Normalized; check: CheckAnswer | null } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const params = query({ value, ...(bank ? { bank, kind: 'bank_account' } : {}) });
      const normalized = await api<Normalized>(`/api/v1/normalize${params}`);
      const check = normalized.valid ? await api<CheckAnswer>(`/api/v1/check${params}`) : null;
      setResult({ normalized, check });
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  };

  return (
    <section>
      <h1>{t('search.title')}</h1>
      <form className="search" onSubmit={(e) => void submit(e)}>
        <input
          aria-label={t('search.title')}
          name="value"
          placeholder={t('search.placeholder')}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          required
        />
        <input
          aria-label={t('search.bank')}
          placeholder={t('search.bank')}
          value={bank}
          onChange={(e) => setBank(e.target.value)}
        />
        <button type="submit">{t('search.submit')}</button>
      </form>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {result && !result.normalized.valid && (
        <p role="alert" data-testid="search-invalid">
          {t('search.invalid')}: {result.normalized.error}
        </p>
      )}
      {result?.normalized.valid && (
        <div className="card" data-testid="search-result">
          <p>
            {t('search.canonical')}: <code>{result.normalized.value}</code>{' '}
            <span className="badge">{result.normalized.kind}</span>
          </p>
          {result.check && result.check.reports > 0 ? (
            <>
              <p>
                {t('search.reportsCount', { count: result.check.reports })} ·{' '}
                {result.check.countries.join(', ')} ·{' '}
                {result.check.scam_types.map((s) => s.scam_type).join(', ')}
              </p>
              {result.check.indicator_id && (
                <Link to={`/indicators/${encodeURIComponent(result.check.indicator_id)}`}>
                  {t('search.open')}
                </Link>
              )}
            </>
          ) : (
            <p>{t('search.noReports')}</p>
          )}
        </div>
      )}
    </section>
  );
}
