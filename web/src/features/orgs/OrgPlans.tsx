import { Card, Descriptions, Empty, List, Space, Typography } from 'antd';
import { Link } from 'react-router';
import type { OrganizationSummary } from '../../../../src/services/organizations/list-organizations.contract';
import { StatusTag } from '../../components/StatusTag';
import { useI18n } from '../../i18n';

/** One organisation's plans, newest year first, each with its status and the ways into it. */
export function OrgPlans({
  org,
  parent,
  childCount,
}: {
  org: OrganizationSummary;
  parent?: string;
  childCount: number;
}) {
  const { t } = useI18n();
  const plans = [...org.plans].sort((a, b) => b.year - a.year);
  return (
    <Card title={<span data-testid="org-name">{org.name}</span>} className="org-plans">
      <Descriptions size="small" column={1} className="org-facts">
        {parent && <Descriptions.Item label={t.orgsParent}>{parent}</Descriptions.Item>}
        {childCount > 0 && (
          <Descriptions.Item label={t.navOrgs}>{t.orgsChildren(childCount)}</Descriptions.Item>
        )}
      </Descriptions>
      <Typography.Title level={3}>{t.orgsPlans}</Typography.Title>
      {plans.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.orgsNoPlans} />
      ) : (
        <List
          dataSource={plans}
          renderItem={(p) => (
            <List.Item
              data-testid="org-plan"
              actions={[
                <Link key="map" to={`/plans/${p.id}/map`}>
                  {t.tabMap}
                </Link>,
                <Link key="sc" to={`/plans/${p.id}/scorecards`}>
                  {t.tabScorecards}
                </Link>,
              ]}
            >
              <Space>
                <Link to={`/plans/${p.id}`} className="org-plan-year">
                  {t.rocYear(p.year)}
                </Link>
                <StatusTag status={p.status} />
              </Space>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
