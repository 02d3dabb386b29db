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
import { indexPlan } from './model';
import type { PlanContext } from './plan-context';

/** The frame of one plan: its name, year and status, and tabs for overview, map and scorecards. */
export default function PlanLayout() {
  const { t } = useI18n();
  const { planId } = useParams();
  const detail = useApi<PlanDetail>(`/api/plans/${encodeURIComponent(planId ?? '')}`);
  const findings = useApi<{ findings: Finding[] }>(`/api/plans/${encodeURIComponent(planId ?? '')}/findings`);
  const plan = detail.data;
  const index = useMemo(() => (plan ? indexPlan(plan) : null), [plan]);
  const context = useMemo<PlanContext | null>(
    () =>
      plan && index
        ? {
            plan,
            index,
            findings,
            reload: () => {
              detail.reload();
              findings.reload();
            },
          }
        : null,
    [plan, index, findings, detail.reload],
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
        ]}
      />
      <Outlet context={context} />
    </div>
  );
}
