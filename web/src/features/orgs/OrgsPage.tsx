import { Card, Col, Empty, Input, Row, Space, Tag, Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { type Key, useEffect, useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useCall } from '../../api/use-api';
import { PageError, PageLoading } from '../../components/PageState';
import { useI18n } from '../../i18n';
import { OrgPlans } from './OrgPlans';
import { allKeys, buildOrgTree, filterOrgTree, type OrgNode } from './tree';

export default function OrgsPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { orgId } = useParams();
  const [query, setQuery] = useState('');
  const orgs = useCall('orgs.list', {});
  const list = orgs.data?.organizations;
  const tree = useMemo(() => buildOrgTree(list ?? []), [list]);
  const visible = useMemo(() => filterOrgTree(tree, query), [tree, query]);
  const [expanded, setExpanded] = useState<Key[]>([]);
  // Everything open at first and after each search; the user may fold branches in between.
  useEffect(() => setExpanded(allKeys(visible)), [visible]);

  if (orgs.error) return <PageError error={orgs.error} onRetry={orgs.reload} />;
  if (!list) return <PageLoading />;

  const selected = list.find((o) => String(o.id) === orgId);
  const toData = (nodes: OrgNode[]): DataNode[] =>
    nodes.map((n) => ({
      key: String(n.org.id),
      title: (
        <Space size={6} className="org-node" data-testid="org-node">
          <span>{n.org.name}</span>
          {[...n.org.plans]
            .sort((a, b) => b.year - a.year)
            .map((p) => (
              <Tag key={p.id} className="org-year-tag" bordered={false}>
                {t.rocYearShort(p.year)}
              </Tag>
            ))}
        </Space>
      ),
      children: toData(n.children),
    }));

  return (
    <Row gutter={[24, 24]} className="orgs-page">
      <Col xs={24} lg={11} xxl={9}>
        <Card
          title={
            <Typography.Title level={1} className="card-heading">
              {t.orgsTitle}
            </Typography.Title>
          }
        >
          <Input.Search
            placeholder={t.orgsSearch}
            aria-label={t.orgsSearch}
            allowClear
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            className="orgs-search"
            data-testid="orgs-search"
          />
          {visible.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.orgsNoMatch} />
          ) : (
            <Tree
              blockNode
              showLine
              expandedKeys={expanded}
              onExpand={(keys) => setExpanded(keys)}
              selectedKeys={selected ? [String(selected.id)] : []}
              onSelect={(keys) => keys[0] !== undefined && navigate(`/orgs/${keys[0]}`)}
              treeData={toData(visible)}
              aria-label={t.orgsTitle}
            />
          )}
        </Card>
      </Col>
      <Col xs={24} lg={13} xxl={15}>
        {selected ? (
          <OrgPlans
            org={selected}
            parent={list.find((o) => o.id === selected.parentId)?.name}
            childCount={list.filter((o) => o.parentId === selected.id).length}
          />
        ) : (
          <Card>
            <Empty description={t.orgsSelect} />
          </Card>
        )}
      </Col>
    </Row>
  );
}
