import { Breadcrumb, Space, Typography } from 'antd';
import { useMemo } from 'react';
import { Link, Outlet, useParams } from 'react-router';
import type { Finding, PlanDetail } from '../../api/types';
import { useApi } from '../../api/use-api';
import { ExportLinks } from '../../components/ExportLinks';
import { NavTabs } from '../../components/NavTabs';
import { PageError, PageLoading } from '../../components/PageState';
import { StatusTag } from '../../components/StatusTag';
import { useI18n } from '../../i18n';
import { EditingProvider } from '../editing/EditingProvider';
import { ReadOnlyNotice } from '../editing/ReadOnlyNotice';
import { usePlanRights } from '../editing/use-plan-rights';
import { WorkflowActions } from '../workflow/WorkflowActions';
import { indexPlan } from './model';
import type { PlanContext } from './plan-context';

/** The frame of one plan: its name, year and status, and tabs for overview, map and scorecards. */
export default function PlanLayout() {
  const { t } = useI18n();
  const { planId } = useParams();
  const detail = useApi<PlanDetail>(`/api/plans/${encodeURIComponent(planId ?? '')}`);
  const findings = useApi<{ findings: Finding[] }>(`/api/plans/${encodeURIComponent(planId ?? '')}/findings`);
  // Moving to another plan (copy to next year) must not show the previous one while loading.
  const plan = detail.data?.id === Number(planId) ? detail.data : undefined;
  const index = useMemo(() => (plan ? indexPlan(plan) : null), [plan]);
  const rights = usePlanRights(plan);
  const { reload: reloadDetail } = detail;
  const reload = useMemo(
    () => () => {
      reloadDetail();
      findings.reload();
    },
    [reloadDetail, findings.reload],
  );
  const context = useMemo<PlanContext | null>(
    () =>
      plan && index
        ? {
            plan,
            index,
            findings,
            rights,
            reload,
          }
        : null,
    [plan, index, findings, rights, reload],
  );

  if (detail.error) return <PageError error={detail.error} onRetry={detail.reload} />;
  if (!plan || !context) return <PageLoading />;

  const base = `/plans/${plan.id}`;
  return (
    <div className="plan-page">
      <Breadcrumb
        className="no-print"
        items={[
          { title: <Link to="/orgs">{t.navOrgs}</Link> },
          { title: <Link to={`/orgs/${plan.orgId}`}>{plan.org.name}</Link> },
          { title: t.rocYear(plan.year) },
        ]}
      />
      <header className="plan-header">
        <Space align="center" wrap>
          <Typography.Title level={1} className="plan-title" data-testid="plan-title">
            {plan.org.name} {t.rocYear(plan.year)}
          </Typography.Title>
          <StatusTag status={plan.status} />
          <WorkflowActions plan={plan} rights={rights} reload={reload} />
        </Space>
        {plan.title && <Typography.Text type="secondary">{plan.title}</Typography.Text>}
        <ExportLinks planId={plan.id} />
      </header>
      <NavTabs
        label={t.planNav}
        items={[
          { to: base, label: t.tabOverview, end: true },
          { to: `${base}/map`, label: t.tabMap },
          { to: `${base}/scorecards`, label: t.tabScorecards },
          { to: `${base}/tracking`, label: t.tabTracking },
          { to: `${base}/dashboard`, label: t.tabDashboard },
          { to: `${base}/review`, label: t.tabReview },
          { to: `${base}/compare`, label: t.tabCompare },
        ]}
      />
      <ReadOnlyNotice status={plan.status} rights={rights} />
      <EditingProvider plan={plan} index={context.index} rights={rights} reload={reload}>
        <Outlet context={context} />
      </EditingProvider>
    </div>
  );
}
