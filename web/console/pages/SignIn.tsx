import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, type Me } from '../api';
import { LANGUAGES, type Language, setLanguage } from '../i18n';

export function SignIn({ onSignedIn }: { onSignedIn: (user: Me, csrf: string) => void }) {
  const { t, i18n } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [totp, setTotp] = useState('');
  const [needsTotp, setNeedsTotp] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const answer = await api<{ user: Me; csrf_token: string }>('/api/v1/session', {
        method: 'POST',
        body: { email, password, ...(totp ? { totp } : {}) },
      });
      onSignedIn(answer.user, answer.csrf_token);
    } catch (e) {
      if (e instanceof ApiError && e.problems.some((p) => p.field === 'totp')) {
        setNeedsTotp(true);
        setError(totp ? e.message : t('signIn.totpNeeded'));
      } else setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="sign-in">
      <h1>{t('app.name')}</h1>
      <p className="muted">{t('app.tagline')}</p>
      <form onSubmit={(e) => void submit(e)} aria-label={t('signIn.title')}>
        <h2>{t('signIn.title')}</h2>
        <label>
          {t('signIn.email')}
          <input
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </label>
        <label>
          {t('signIn.password')}
          <input
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        {needsTotp && (
          <label>
            {t('signIn.totp')}
            <input
              name="totp"
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="[0-9 ]{6,7}"
              value={totp}
              onChange={(e) => setTotp(e.target.value)}
            />
          </label>
        )}
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {t('signIn.submit')}
        </button>
        <select
          aria-label={t('nav.language')}
          value={i18n.language}
          onChange={(e) => setLanguage(e.target.value as Language)}
        >
          {Object.entries(LANGUAGES).map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
      </form>
    </div>
  );
}
