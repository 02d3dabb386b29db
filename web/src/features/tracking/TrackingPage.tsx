import { Navigate, useLocation, useParams } from 'react-router';
import { useApi } from '../../api/use-api';
import { NavTabs } from '../../components/NavTabs';
import { PageError, PageLoading } from '../../components/PageState';
import { useI18n } from '../../i18n';
import { usePlan } from '../plans/plan-context';
import { EntryView } from './EntryView';
import { TargetsView } from './TargetsView';
import type { Results } from './types';
import { UploadView } from './UploadView';
import { usePeriod } from './use-period';
import { useTrackingRights } from './use-tracking-rights';

const VIEWS = ['targets', 'upload'] as const;

/**
 * Tracking a plan: a period's results and their entry grid, the year's targets with earlier
 * years beside them, and the upload of a period's actuals from a sheet — one address each.
 */
export default function TrackingPage() {
  const { t } = useI18n();
  const { plan } = usePlan();
  const { view } = useParams();
  const { search } = useLocation();
  const [period, setPeriod] = usePeriod(plan.year);
  const rights = useTrackingRights(plan);
  const results = useApi<Results>(`/api/plans/${plan.id}/results`);
  const base = `/plans/${plan.id}/tracking`;

  if (view !== undefined && !(VIEWS as readonly string[]).includes(view))
    return <Navigate to={base} replace />;
  if (results.error) return <PageError error={results.error} onRetry={results.reload} />;
  if (!results.data || !rights.known) return <PageLoading />;
  const loaded = { ...results, data: results.data };

  return (
    <div className="tracking-page">
      <div className="tracking-views">
        <NavTabs
          label={t.trkViewsNav}
          items={[
            { to: `${base}${search}`, label: t.trkTabEntry, end: true },
            { to: `${base}/targets${search}`, label: t.trkTabTargets },
            { to: `${base}/upload${search}`, label: t.trkTabUpload },
          ]}
        />
      </div>
      {view === 'targets' ? (
        <TargetsView plan={plan} results={loaded} rights={rights} />
      ) : view === 'upload' ? (
        <UploadView plan={plan} results={loaded} rights={rights} period={period} setPeriod={setPeriod} />
      ) : (
        <EntryView plan={plan} results={loaded} rights={rights} period={period} setPeriod={setPeriod} />
      )}
    </div>
  );
}
