import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, query } from '../api';
import { Failure, Loading } from '../components/status';
import { useApi } from '../components/useApi';

const ROLES = ['admin', 'analyst', 'investigator', 'liaison', 'sector_officer', 'consular_officer', 'viewer'];

interface UserView {
  id: string;
  email: string;
  display_name: string;
  role: string;
  org: { id: string; name: string };
  totp_enabled: boolean;
  disabled: boolean;
}

export function Users() {
  const { t } = useTranslation();
  const [version, setVersion] = useState(0);
  const users = useApi<{ users: UserView[] }>(`/api/v1/users?v=${version}`);
  const orgs = useApi<{ organisations: { id: string; name: string }[] }>('/api/v1/organisations');
  const [form, setForm] = useState({ email: '', name: '', org: '', role: 'analyst', password: '' });
  const [error, setError] = useState<string | null>(null);
  const create = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await api('/api/v1/users', {
        method: 'POST',
        body: { ...form, org: form.org || orgs.data?.organisations[0]?.id },
      });
      setForm({ ...form, email: '', name: '', password: '' });
      setVersion(version + 1);
    } catch (e) {
      setError(
        e instanceof ApiError
          ? `${e.message} ${e.problems.map((p) => `${p.field}: ${p.reason}`).join('; ')}`
          : String(e),
      );
    }
  };
  return (
    <section>
      <h1>{t('users.title')}</h1>
      {users.error && <Failure error={users.error} />}
      {!users.data && !users.error && <Loading />}
      {users.data && (
        <table className="list" data-testid="users">
          <tbody>
            {users.data.users.map((u) => (
              <tr key={u.id}>
                <td>{u.email}</td>
                <td>{u.display_name}</td>
                <td>{u.role}</td>
                <td>{u.org.name}</td>
                <td className="muted">
                  {u.disabled ? t('users.disabled') : ''} {u.totp_enabled ? t('users.totp') : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t('users.add')}</h2>
      <form className="stack" onSubmit={(e) => void create(e)}>
        <label>
          {t('users.email')}
          <input
            type="email"
            required
            value={form.email}
            onChange={(e) => setForm({ ...form, email: e.target.value })}
          />
        </label>
        <label>
          {t('users.name')}
          <input value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
        </label>
        <label>
          {t('users.org')}
          <select value={form.org} onChange={(e) => setForm({ ...form, org: e.target.value })}>
            {orgs.data?.organisations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('users.role')}
          <select value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value })}>
            {ROLES.map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>
        </label>
        <label>
          {t('users.password')}
          <input
            type="password"
            autoComplete="new-password"
            minLength={12}
            required
            value={form.password}
            onChange={(e) => setForm({ ...form, password: e.target.value })}
          />
        </label>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <button type="submit">{t('users.create')}</button>
      </form>
    </section>
  );
}

interface AuditEntry {
  seq: number;
  at: string;
  actor: { kind: string; label: string; ip: string | null };
  action: string;
  target: { type: string; id: string } | null;
  detail: unknown;
}

export function AuditLog() {
  const { t } = useTranslation();
  const [before, setBefore] = useState<number | undefined>(undefined);
  const [action, setAction] = useState('');
  const log = useApi<{ entries: AuditEntry[]; next: number | null }>(
    `/api/v1/audit${query({ before, action, limit: 100 })}`,
  );
  const [verdict, setVerdict] = useState<string | null>(null);
  const verify = async () => {
    const result = await api<{
      ok: boolean;
      entries: number;
      head: { seq: number; hash: string };
      problem?: { detail: string };
    }>('/api/v1/audit/verify');
    setVerdict(
      result.ok
        ? t('audit.ok', { entries: result.entries, head: `${result.head.seq}:${result.head.hash}` })
        : t('audit.broken', { detail: result.problem?.detail }),
    );
  };
  return (
    <section>
      <h1>{t('audit.title')}</h1>
      <div className="filters">
        <input
          aria-label={t('audit.action')}
          placeholder="reporter.read"
          value={action}
          onChange={(e) => setAction(e.target.value)}
        />
        <button type="button" onClick={() => void verify()}>
          {t('audit.verify')}
        </button>
      </div>
      {verdict && <p data-testid="audit-verdict">{verdict}</p>}
      {log.error && <Failure error={log.error} />}
      {!log.data && !log.error && <Loading />}
      {log.data && (
        <>
          <table className="list" data-testid="audit">
            <thead>
              <tr>
                <th>#</th>
                <th>{t('audit.at')}</th>
                <th>{t('audit.actor')}</th>
                <th>{t('audit.from')}</th>
                <th>{t('audit.action')}</th>
                <th>{t('audit.target')}</th>
              </tr>
            </thead>
            <tbody>
              {log.data.entries.map((e) => (
                <tr key={e.seq}>
                  <td>{e.seq}</td>
                  <td>{e.at.slice(0, 19).replace('T', ' ')}</td>
                  <td>{e.actor.label}</td>
                  <td>{e.actor.ip}</td>
                  <td>{e.action}</td>
                  <td>{e.target ? `${e.target.type} ${e.target.id.slice(0, 8)}` : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {log.data.next !== null && (
            <button type="button" onClick={() => setBefore(log.data?.next ?? undefined)}>
              {t('common.next')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
