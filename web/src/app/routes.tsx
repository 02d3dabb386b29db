import { lazy, Suspense, useEffect } from 'react';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { setUnauthorizedHandler } from '../api/client';
import { PageLoading } from '../components/PageState';
import { LoginPage } from '../features/auth/LoginPage';
import { useSession } from '../features/auth/session';
import { AppShell } from './AppShell';

const HomePage = lazy(() => import('../features/home/HomePage'));
const OrgsPage = lazy(() => import('../features/orgs/OrgsPage'));
const PlanLayout = lazy(() => import('../features/plans/PlanLayout'));
const PlanOverviewPage = lazy(() => import('../features/plans/PlanOverviewPage'));
const MapPage = lazy(() => import('../features/map/MapPage'));
const ScorecardsPage = lazy(() => import('../features/scorecards/ScorecardsPage'));
const NotFoundPage = lazy(() => import('./NotFoundPage'));

/** Signed-in pages: a 401 anywhere sends the user to the login page and back afterwards. */
function RequireSession() {
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  useEffect(() => {
    setUnauthorizedHandler(() => {
      session.expire();
      const next = `${window.location.pathname}${window.location.search}`;
      navigate(`/login?expired=1&next=${encodeURIComponent(next)}`, { replace: true });
    });
    return () => setUnauthorizedHandler(null);
  }, [session.expire, navigate]);
  if (session.me === undefined) return <PageLoading />;
  if (session.me === null) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return <AppShell />;
}

export function AppRoutes() {
  return (
    <Suspense fallback={<PageLoading />}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route element={<RequireSession />}>
          <Route index element={<HomePage />} />
          <Route path="orgs" element={<OrgsPage />} />
          <Route path="orgs/:orgId" element={<OrgsPage />} />
          <Route path="plans/:planId" element={<PlanLayout />}>
            <Route index element={<PlanOverviewPage />} />
            <Route path="map" element={<MapPage />} />
            <Route path="scorecards" element={<ScorecardsPage />} />
            <Route path="scorecards/:theme" element={<ScorecardsPage />} />
          </Route>
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
