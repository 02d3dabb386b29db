import { Alert, Card, Col, Empty, Row, Select, Space, TreeSelect, Typography } from 'antd';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useApi, useCall } from '../../api/use-api';
import { PageError, PageLoading } from '../../components/PageState';
import { StatusTag } from '../../components/StatusTag';
import { useI18n } from '../../i18n';
import { buildOrgTree, foldName, type OrgNode } from '../orgs/tree';
import { CascadeThemeCard } from './CascadeThemeCard';
import { resolveSelection, yearsOf } from './selection';
import type { CascadeResponse } from './types';

interface TreeOption {
  value: number;
  title: string;
  disabled: boolean;
  children: TreeOption[];
}

const toOptions = (nodes: OrgNode[]): TreeOption[] =>
  nodes.map((n) => ({
    value: n.org.id,
    title: n.org.name,
    // Without a readable plan there is nothing to follow down from.
    disabled: n.org.plans.length === 0,
    children: toOptions(n.children),
  }));

/** For a city or bureau plan: who takes up each of its themes, down the tree, and what nobody takes up. */
export default function CascadePage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const orgs = useCall('orgs.list', {});
  const list = orgs.data?.organizations;
  const { org, year } = useMemo(
    () => resolveSelection(list ?? [], params.get('orgId'), params.get('year')),
    [list, params],
  );
  const treeData = useMemo(() => toOptions(buildOrgTree(list ?? [])), [list]);
  const cascade = useApi<CascadeResponse>(
    org && year !== undefined ? `/api/cascade?orgId=${org.id}&year=${year}` : null,
  );

  if (orgs.error) return <PageError error={orgs.error} onRetry={orgs.reload} />;
  if (!list) return <PageLoading />;

  const choose = (orgId: number, nextYear?: number) => {
    const next = new URLSearchParams({ orgId: String(orgId) });
    if (nextYear !== undefined) next.set('year', String(nextYear));
    setParams(next);
  };
  const data =
    cascade.data && cascade.data.org.id === org?.id && cascade.data.year === year ? cascade.data : null;
  const taken = data ? data.themes.length - data.untaken.length : 0;

  return (
    <div className="cascade-page">
      <Typography.Title level={1} className="cascade-title">
        {t.cascadeTitle}
      </Typography.Title>
      <Typography.Paragraph type="secondary" className="cascade-intro">
        {t.cascadeIntro}
      </Typography.Paragraph>
      <Space className="cascade-toolbar" wrap size={[16, 8]}>
        <Space size={8}>
          <label htmlFor="cascade-org">{t.cascadeOrg}</label>
          <TreeSelect
            id="cascade-org"
            className="cascade-org-select"
            data-testid="cascade-org"
            value={org?.id}
            treeData={treeData}
            treeDefaultExpandAll
            showSearch
            filterTreeNode={(input, node) => foldName(String(node.title ?? '')).includes(foldName(input))}
            onChange={(value: number) => choose(value)}
            popupMatchSelectWidth={false}
          />
        </Space>
        <Space size={8}>
          <label htmlFor="cascade-year">{t.cascadeYear}</label>
          <Select
            id="cascade-year"
            className="cascade-year-select"
            data-testid="cascade-year"
            value={year}
            options={yearsOf(org).map((y) => ({ value: y, label: t.rocYear(y) }))}
            onChange={(value: number) => org && choose(org.id, value)}
          />
        </Space>
        {data && (
          <Space size={8} wrap>
            <StatusTag status={data.plan.status} />
            <Link to={`/plans/${data.plan.id}`}>{t.cascadeOpenPlan}</Link>
            <Link to={`/plans/${data.plan.id}/map`}>{t.cascadeOpenMap}</Link>
          </Space>
        )}
      </Space>

      {!org || year === undefined ? (
        <Empty description={t.cascadeNoPlans} />
      ) : cascade.error?.kind === 'not_found' ? (
        <Alert type="warning" showIcon role="alert" title={t.cascadeNoPlan} />
      ) : cascade.error ? (
        <PageError error={cascade.error} onRetry={cascade.reload} />
      ) : !data ? (
        <PageLoading />
      ) : (
        <>
          <Typography.Paragraph strong className="cascade-summary" data-testid="cascade-summary">
            {t.cascadeSummary(data.themes.length, taken, data.untaken.length)}
          </Typography.Paragraph>
          <Row gutter={[24, 24]}>
            <Col xs={24} xl={16} xxl={17} className="cascade-themes">
              {data.themes.map((theme) => (
                <CascadeThemeCard key={theme.letter} theme={theme} year={data.year} planId={data.plan.id} />
              ))}
            </Col>
            <Col xs={24} xl={8} xxl={7}>
              <Card
                className="cascade-untaken"
                data-testid="cascade-untaken"
                title={<h2 className="card-heading">{t.cascadeUntakenTitle(data.untaken.length)}</h2>}
              >
                {data.untaken.length === 0 ? (
                  <Typography.Text>{t.cascadeAllTaken}</Typography.Text>
                ) : (
                  <>
                    <Typography.Paragraph type="secondary">{t.cascadeUntakenHint}</Typography.Paragraph>
                    <ul className="cascade-untaken-list">
                      {data.untaken.map((u) => (
                        <li key={u.letter}>
                          <a href={`#cascade-theme-${u.letter}`}>
                            <span className="theme-letter">{u.letter}</span> {u.name}
                          </a>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </Card>
            </Col>
          </Row>
        </>
      )}
    </div>
  );
}
