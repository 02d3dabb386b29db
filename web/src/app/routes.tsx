import { lazy, Suspense, useEffect } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { setUnauthorizedHandler } from '../api/client';
import { prefetch } from '../api/prefetch';
import { PageLoading } from '../components/PageState';
import { LoginPage } from '../features/auth/LoginPage';
import { useSession } from '../features/auth/session';
import { AppShell } from './AppShell';

const pages = {
  home: () => import('../features/home/HomePage'),
  orgs: () => import('../features/orgs/OrgsPage'),
  plan: () => import('../features/plans/PlanLayout'),
  overview: () => import('../features/plans/PlanOverviewPage'),
  map: () => import('../features/map/MapPage'),
  scorecards: () => import('../features/scorecards/ScorecardsPage'),
};
const HomePage = lazy(pages.home);
const OrgsPage = lazy(pages.orgs);
const PlanLayout = lazy(pages.plan);
const PlanOverviewPage = lazy(pages.overview);
const MapPage = lazy(pages.map);
const ScorecardsPage = lazy(pages.scorecards);
const NotFoundPage = lazy(() => import('./NotFoundPage'));

/**
 * The first page of a visit: fetch its code and data while the session is checked, instead of
 * one after the other (a plan's map otherwise waits for the session, the plan, then its code).
 */
function preloadFirstPage(pathname: string): void {
  const plan = /^\/plans\/(\d+)(?:\/(map|scorecards))?/.exec(pathname);
  if (!plan) return;
  const [, id, tab] = plan;
  void pages.plan();
  prefetch(`/api/plans/${id}`);
  prefetch(`/api/plans/${id}/findings`);
  if (tab === 'map') {
    void pages.map();
    prefetch(`/api/plans/${id}/document`);
  } else if (tab === 'scorecards') void pages.scorecards();
  else void pages.overview();
}
preloadFirstPage(window.location.pathname);

/** Signed-in pages: a 401 anywhere sends the user to the login page and back afterwards. */
function RequireSession() {
  const session = useSession();
  const location = useLocation();
  useEffect(() => {
    setUnauthorizedHandler(session.expire);
    return () => setUnauthorizedHandler(null);
  }, [session.expire]);
  if (session.me === undefined) return <PageLoading />;
  if (session.me === null) {
    const params = new URLSearchParams();
    if (session.expired) params.set('expired', '1');
    const next = `${location.pathname}${location.search}`;
    if (next !== '/') params.set('next', next);
    const query = params.toString();
    return <Navigate to={query ? `/login?${query}` : '/login'} replace />;
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
