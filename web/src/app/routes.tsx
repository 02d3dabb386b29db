import { Suspense, useEffect } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { setUnauthorizedHandler } from '../api/client';
import { prefetch } from '../api/prefetch';
import { PageLoading } from '../components/PageState';
import { LoginPage } from '../features/auth/LoginPage';
import { useSession } from '../features/auth/session';
import { AppShell } from './AppShell';
import { lazyPage } from './lazy-page';

const pages = {
  home: lazyPage(() => import('../features/home/HomePage')),
  orgs: lazyPage(() => import('../features/orgs/OrgsPage')),
  plan: lazyPage(() => import('../features/plans/PlanLayout')),
  overview: lazyPage(() => import('../features/plans/PlanOverviewPage')),
  map: lazyPage(() => import('../features/map/MapPage')),
  scorecards: lazyPage(() => import('../features/scorecards/ScorecardsPage')),
  review: lazyPage(() => import('../features/workflow/ReviewPage')),
  tracking: lazyPage(() => import('../features/tracking/TrackingPage')),
  dashboard: lazyPage(() => import('../features/dashboards/DashboardPage')),
  city: lazyPage(() => import('../features/city/CityPage')),
  import: lazyPage(() => import('../features/import/ImportPage')),
  cascade: lazyPage(() => import('../features/cascade/CascadePage')),
  compare: lazyPage(() => import('../features/compare/ComparePage')),
  notFound: lazyPage(() => import('./NotFoundPage')),
};

/**
 * The first page of a visit: fetch its code and data while the session is checked, instead of
 * one after the other (a plan's map otherwise waits for the session, the plan, then its code).
 * The other pages' code follows once the browser is idle, so moving between pages waits for
 * nothing but data.
 */
function preloadPages(pathname: string): void {
  const plan = /^\/plans\/(\d+)(?:\/(map|scorecards))?/.exec(pathname);
  if (plan) {
    const [, id, tab] = plan;
    void pages.plan.preload();
    prefetch(`/api/plans/${id}`);
    prefetch(`/api/plans/${id}/findings`);
    if (tab === 'map') {
      void pages.map.preload();
      prefetch(`/api/plans/${id}/document`);
    } else void (tab === 'scorecards' ? pages.scorecards : pages.overview).preload();
  } else if (pathname.startsWith('/orgs')) void pages.orgs.preload();
  else if (pathname === '/') void pages.home.preload();
  setTimeout(() => {
    for (const page of Object.values(pages)) void page.preload();
  }, 1500);
}
preloadPages(window.location.pathname);

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
          <Route index element={<pages.home.Page />} />
          <Route path="orgs" element={<pages.orgs.Page />} />
          <Route path="orgs/:orgId" element={<pages.orgs.Page />} />
          <Route path="plans/:planId" element={<pages.plan.Page />}>
            <Route index element={<pages.overview.Page />} />
            <Route path="map" element={<pages.map.Page />} />
            <Route path="scorecards" element={<pages.scorecards.Page />} />
            <Route path="scorecards/:theme" element={<pages.scorecards.Page />} />
            <Route path="tracking" element={<pages.tracking.Page />} />
            <Route path="tracking/:view" element={<pages.tracking.Page />} />
            <Route path="dashboard" element={<pages.dashboard.Page />} />
            <Route path="review" element={<pages.review.Page />} />
            <Route path="compare" element={<pages.compare.Page />} />
          </Route>
          <Route path="import" element={<pages.import.Page />} />
          <Route path="city" element={<pages.city.Page />} />
          <Route path="cascade" element={<pages.cascade.Page />} />
          <Route path="*" element={<pages.notFound.Page />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
