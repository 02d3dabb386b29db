import { Card, Col, Empty, List, Row, Space, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router';
import type { PlanSummary, Role } from '../../api/types';
import { useApi, useCall } from '../../api/use-api';
import { PageError, PageLoading } from '../../components/PageState';
import { StatusTag } from '../../components/StatusTag';
import { useI18n } from '../../i18n';
import { useSession } from '../auth/session';
import { InboxCard } from './InboxCard';
import { ShortList } from './ShortList';
import { grantedOrgs, orgsInScope, plansByYear } from './scope';
import { useOpenComments } from './use-open-comments';

function PlanLink({ plan }: { plan: PlanSummary }) {
  const { t } = useI18n();
  return (
    <Link to={`/plans/${plan.id}`}>
      {plan.orgName} {t.rocYear(plan.year)}
    </Link>
  );
}

export default function HomePage() {
  const { t } = useI18n();
  const { me, isAdmin } = useSession();
  const orgs = useCall('orgs.list', {});
  const plans = useApi<{ plans: PlanSummary[] }>('/api/plans');
  const grants = me?.grants ?? [];
  const orgList = orgs.data?.organizations;
  const planList = plans.data?.plans;
  const scope = useMemo(() => orgsInScope(grants, orgList ?? []), [grants, orgList]);
  const mine = useMemo(() => planList?.filter((p) => scope.has(p.orgId)), [planList, scope]);
  const comments = useOpenComments(mine);

  const error = orgs.error ?? plans.error;
  if (error)
    return (
      <PageError
        error={error}
        onRetry={() => {
          orgs.reload();
          plans.reload();
        }}
      />
    );
  if (!orgList || !planList || !mine) return <PageLoading />;

  const roleLabel = (r: Role) =>
    ({ admin: t.roleAdmin, editor: t.roleEditor, reporter: t.roleReporter, viewer: t.roleViewer })[r];
  const canEdit = (orgId: number) =>
    isAdmin || grants.some((g) => g.role === 'editor' && orgsInScope([g], orgList).has(orgId));
  const drafts = mine.filter((p) => p.status === 'draft' && canEdit(p.orgId));
  const commented = mine.filter((p) => comments.has(p.id));
  const toApprove = isAdmin ? mine.filter((p) => p.status === 'submitted') : [];
  const groups = [
    { key: 'approve', title: t.homeToApprove, plans: toApprove },
    { key: 'comments', title: t.homeComments, plans: commented },
    { key: 'drafts', title: t.homeDrafts, plans: drafts },
  ].filter((g) => g.plans.length > 0);

  return (
    <div className="home-page">
      <Typography.Title level={1}>{t.homeWelcome(me?.user?.displayName ?? me?.name ?? '')}</Typography.Title>
      <Row gutter={[24, 24]}>
        <Col xs={24} xl={12}>
          <InboxCard />
          <Card title={<h2 className="card-heading">{t.homeAwaiting}</h2>} data-testid="home-awaiting">
            {groups.length === 0 && (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.homeNothing} />
            )}
            {groups.map((g) => (
              <section key={g.key} className="home-group" data-testid={`home-${g.key}`}>
                <Typography.Title level={3}>
                  {g.title} <Tag>{g.plans.length}</Tag>
                </Typography.Title>
                <ShortList
                  items={g.plans}
                  render={(p) => (
                    <Space wrap>
                      <PlanLink plan={p} />
                      <StatusTag status={p.status} />
                      {comments.has(p.id) && (
                        <Tag color="orange">{t.unresolvedComments(comments.get(p.id) ?? 0)}</Tag>
                      )}
                    </Space>
                  )}
                />
              </section>
            ))}
          </Card>
          <Card title={<h2 className="card-heading">{t.homeMyOrgs}</h2>} className="home-orgs">
            <List
              dataSource={grantedOrgs(grants, orgList)}
              renderItem={({ org, role }) => (
                <List.Item>
                  <Space wrap>
                    <Link to={`/orgs/${org.id}`}>{org.name}</Link>
                    <Tag color="blue">{roleLabel(role)}</Tag>
                  </Space>
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={<h2 className="card-heading">{t.homePlansByYear}</h2>} data-testid="home-years">
            {mine.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.orgsNoPlans} />}
            {plansByYear(mine).map(([year, list]) => (
              <section key={year} className="home-year">
                <Typography.Title level={3}>{t.rocYear(year)}</Typography.Title>
                <ShortList
                  items={list}
                  render={(p) => (
                    <Space wrap>
                      <PlanLink plan={p} />
                      <StatusTag status={p.status} />
                    </Space>
                  )}
                />
              </section>
            ))}
          </Card>
        </Col>
      </Row>
    </div>
  );
}
