import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Route, Routes } from 'react-router';
import { ApiError, api, type Me, setCsrfToken } from './api';
import { Allowed, Failure, Loading } from './components/status';
import { LANGUAGES, type Language, setLanguage } from './i18n';
import { AuditLog, Users } from './pages/Admin';
import { Appeals } from './pages/Appeals';
import { Clusters } from './pages/Clusters';
import { Dashboard } from './pages/Dashboard';
import { Hits } from './pages/Hits';
import { ImportPage } from './pages/ImportPage';
import { IndicatorPage } from './pages/IndicatorPage';
import { ReportPage } from './pages/ReportPage';
import { Reports } from './pages/Reports';
import { Search } from './pages/Search';
import { SignIn } from './pages/SignIn';

// The graph library is large: it loads with the cluster page only.
const ClusterPage = lazy(() => import('./pages/ClusterPage'));

const NAV: { to: string; label: string; needs: string }[] = [
  { to: '/', label: 'nav.dashboard', needs: 'reports:read' },
  { to: '/search', label: 'nav.search', needs: 'indicators:read' },
  { to: '/reports', label: 'nav.reports', needs: 'reports:read' },
  { to: '/clusters', label: 'nav.clusters', needs: 'clusters:read' },
  { to: '/hits', label: 'nav.hits', needs: 'hits:read' },
  { to: '/import', label: 'nav.import', needs: 'reports:submit' },
  { to: '/appeals', label: 'nav.appeals', needs: 'appeals:review' },
  { to: '/users', label: 'nav.users', needs: 'users:manage' },
  { to: '/audit', label: 'nav.audit', needs: 'audit:read' },
];

export function App() {
  const { t, i18n } = useTranslation();
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const [error, setError] = useState<Error | null>(null);

  const load = useCallback(async () => {
    try {
      const session = await api<{ user: Me; csrf_token: string | null }>('/api/v1/session');
      setCsrfToken(session.csrf_token);
      setMe(session.user);
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) setMe(null);
      else setError(e as Error);
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  if (error) return <Failure error={error} />;
  if (me === undefined) return <Loading />;
  if (me === null)
    return (
      <SignIn
        onSignedIn={(user, csrf) => {
          setCsrfToken(csrf);
          setMe(user);
        }}
      />
    );

  const signOut = async () => {
    await api('/api/v1/session', { method: 'DELETE' });
    setCsrfToken(null);
    setMe(null);
  };
  const may = (permission: string) => me.permissions.includes(permission);
  return (
    <div className="shell">
      <header className="top">
        <strong className="brand">{t('app.name')}</strong>
        <nav>
          {NAV.filter((n) => may(n.needs)).map((n) => (
            <NavLink key={n.to} to={n.to} end={n.to === '/'}>
              {t(n.label)}
            </NavLink>
          ))}
        </nav>
        <span className="who" data-testid="who">
          {me.display_name} · {me.role} · {me.org.name}
        </span>
        <label className="language">
          <span className="sr-only">{t('nav.language')}</span>
          <select value={i18n.language} onChange={(e) => setLanguage(e.target.value as Language)}>
            {Object.entries(LANGUAGES).map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => void signOut()}>
          {t('nav.signOut')}
        </button>
      </header>
      <main>
        <Suspense fallback={<Loading />}>
          <Routes>
            <Route
              path="/"
              element={
                <Allowed may={may('reports:read')}>
                  <Dashboard me={me} />
                </Allowed>
              }
            />
            <Route
              path="/search"
              element={
                <Allowed may={may('indicators:read')}>
                  <Search />
                </Allowed>
              }
            />
            <Route
              path="/reports"
              element={
                <Allowed may={may('reports:read')}>
                  <Reports />
                </Allowed>
              }
            />
            <Route
              path="/reports/:id"
              element={
                <Allowed may={may('reports:read')}>
                  <ReportPage />
                </Allowed>
              }
            />
            <Route
              path="/indicators/:id"
              element={
                <Allowed may={may('indicators:read')}>
                  <IndicatorPage may={may} />
                </Allowed>
              }
            />
            <Route
              path="/clusters"
              element={
                <Allowed may={may('clusters:read')}>
                  <Clusters />
                </Allowed>
              }
            />
            <Route
              path="/clusters/:id"
              element={
                <Allowed may={may('clusters:read')}>
                  <ClusterPage />
                </Allowed>
              }
            />
            <Route
              path="/hits"
              element={
                <Allowed may={may('hits:read')}>
                  <Hits me={me} />
                </Allowed>
              }
            />
            <Route
              path="/import"
              element={
                <Allowed may={may('reports:submit')}>
                  <ImportPage />
                </Allowed>
              }
            />
            <Route
              path="/appeals"
              element={
                <Allowed may={may('appeals:review')}>
                  <Appeals />
                </Allowed>
              }
            />
            <Route
              path="/users"
              element={
                <Allowed may={may('users:manage')}>
                  <Users />
                </Allowed>
              }
            />
            <Route
              path="/audit"
              element={
                <Allowed may={may('audit:read')}>
                  <AuditLog />
                </Allowed>
              }
            />
            <Route path="*" element={<p>{t('common.notFound')}</p>} />
          </Routes>
        </Suspense>
      </main>
    </div>
  );
}
