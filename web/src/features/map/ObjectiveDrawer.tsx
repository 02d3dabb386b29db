import { DisconnectOutlined } from '@ant-design/icons';
import { Button, Descriptions, Drawer, Empty, List, Popconfirm, Space, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { parseCode } from '../../../../src/domain/codes';
import { api } from '../../api/client';
import type { Finding, PlanComment } from '../../api/types';
import { useApi } from '../../api/use-api';
import { useI18n } from '../../i18n';
import { useEditing } from '../editing/EditingProvider';
import { AddElementButton, ElementControls } from '../editing/ElementControls';
import { nextChildCode, nextPosition } from '../editing/elements';
import { FindingsList } from '../plans/FindingsList';
import { placementOf } from '../plans/model';
import { perspectiveLabel } from '../plans/perspective-label';
import { usePlan } from '../plans/plan-context';
import { CommentsPanel } from '../workflow/CommentsPanel';
import { commentCounts, commentKey, ksfCommentCode } from './comment-targets';
import { DrawerKpi } from './DrawerKpi';
import { ElementComments } from './ElementComments';

/** One objective's key success factors, KPIs (formula, unit) with their action plans, links and findings. */
export function ObjectiveDrawer({
  code,
  findings,
  onClose,
  onOpen,
}: {
  code: string | null;
  findings: Finding[];
  onClose: () => void;
  onOpen: (code: string) => void;
}) {
  const { t } = useI18n();
  const { plan, index, rights } = usePlan();
  const editing = useEditing();
  // One read of the plan's comments gives every element's badge; panels that add or resolve one
  // ask for it again.
  const comments = useApi<{ comments: PlanComment[] }>(code ? `/api/plans/${plan.id}/comments` : null);
  const commentList = comments.data?.comments;
  const counts = useMemo(() => commentCounts(commentList ?? []), [commentList]);
  const objective = code ? index.objectiveByCode(code) : undefined;
  const placement = objective ? placementOf(plan, objective) : null;
  const where =
    placement?.kind === 'theme'
      ? `${placement.theme.letter} ${placement.theme.name}`
      : placement?.kind === 'cross'
        ? t.crossObjectives
        : t.sharedObjectives;
  const own = objective
    ? findings.filter((f) => f.codes.some((c) => (parseCode(c)?.objectiveCode ?? c) === objective.code))
    : [];
  const drives = objective
    ? plan.links
        .filter((l) => l.fromObjectiveId === objective.id)
        .map((l) => ({ link: l, other: index.objectiveById(l.toObjectiveId) }))
    : [];
  const drivenBy = objective
    ? plan.links
        .filter((l) => l.toObjectiveId === objective.id)
        .map((l) => ({ link: l, other: index.objectiveById(l.fromObjectiveId) }))
    : [];
  const linkTags = (list: typeof drives, outgoing: boolean) =>
    list.map(({ link, other: o }) => {
      if (!o || !objective) return null;
      const [from, to] = outgoing ? [objective.code, o.code] : [o.code, objective.code];
      return (
        <Space key={link.id} size={4} data-testid="drawer-link">
          <Typography.Link onClick={() => onOpen(o.code)}>
            <Tag>{o.code}</Tag>
            {o.name}
          </Typography.Link>
          {rights.editable && (
            <Popconfirm
              title={t.linkRemoveConfirm(from, to)}
              okText={t.confirmDelete}
              cancelText={t.cancel}
              okButtonProps={{ danger: true }}
              onConfirm={() =>
                editing.write(() => api.delete(`/api/plans/${plan.id}/links/${link.id}`), t.deleted)
              }
            >
              <Button
                type="text"
                size="small"
                danger
                icon={<DisconnectOutlined />}
                aria-label={t.linkRemove(from, to)}
                title={t.linkRemove(from, to)}
              />
            </Popconfirm>
          )}
        </Space>
      );
    });

  return (
    <Drawer
      open={!!objective}
      onClose={onClose}
      size={560}
      destroyOnHidden
      title={
        objective && (
          <span data-testid="drawer-title">
            <Tag color="blue">{objective.code}</Tag>
            {objective.name}
            <ElementControls kind="objective" element={objective} />
          </span>
        )
      }
      closable={{ 'aria-label': t.close }}
    >
      {objective && (
        <div className="objective-drawer" data-testid="objective-drawer">
          <Typography.Paragraph type="secondary">
            {t.objectiveIn(where, perspectiveLabel(t, objective.perspective))}
          </Typography.Paragraph>

          <Typography.Title level={4}>{t.drawerKsfs}</Typography.Title>
          {index.ksfsOf(objective.id).length ? (
            <List
              size="small"
              dataSource={index.ksfsOf(objective.id)}
              renderItem={(k) => (
                <List.Item
                  extra={
                    <Space size={0}>
                      <ElementControls kind="ksf" element={k} />
                      <ElementComments
                        planId={plan.id}
                        kind="ksf"
                        code={ksfCommentCode(objective.code, k.name)}
                        label={k.name}
                        name={k.code ? `${k.code} ${k.name}` : k.name}
                        count={counts.get(commentKey('ksf', ksfCommentCode(objective.code, k.name)))}
                        canComment={rights.comment}
                        onChange={comments.reload}
                      />
                    </Space>
                  }
                >
                  <span>
                    {k.code && <Tag>{k.code}</Tag>}
                    {k.name}
                  </span>
                </List.Item>
              )}
            />
          ) : (
            <Typography.Paragraph type="secondary">{t.drawerNoKsfs}</Typography.Paragraph>
          )}
          <AddElementButton
            kind="ksf"
            label={t.addKsfTo(objective.code)}
            defaults={{ objective: objective.code, position: nextPosition(index.ksfsOf(objective.id)) }}
          />

          <Typography.Title level={4}>{t.drawerKpis}</Typography.Title>
          {index.kpisOf(objective.id).length === 0 && (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.drawerNoKpis} />
          )}
          {index.kpisOf(objective.id).map((kpi) => (
            <DrawerKpi key={kpi.id} kpi={kpi} counts={counts} onCommented={comments.reload} />
          ))}
          <AddElementButton
            kind="kpi"
            label={t.addKpiTo(objective.code)}
            defaults={{
              code: nextChildCode(objective.code, index.kpisOf(objective.id)),
              position: nextPosition(index.kpisOf(objective.id)),
            }}
          />

          {(drives.length > 0 || drivenBy.length > 0) && (
            <>
              <Typography.Title level={4}>{t.drawerLinks}</Typography.Title>
              <Descriptions size="small" column={1}>
                {drivenBy.length > 0 && (
                  <Descriptions.Item label={t.drawerLinksFrom}>
                    <Space orientation="vertical">{linkTags(drivenBy, false)}</Space>
                  </Descriptions.Item>
                )}
                {drives.length > 0 && (
                  <Descriptions.Item label={t.drawerLinksTo}>
                    <Space orientation="vertical">{linkTags(drives, true)}</Space>
                  </Descriptions.Item>
                )}
              </Descriptions>
            </>
          )}

          {own.length > 0 && (
            <>
              <Typography.Title level={4}>{t.drawerFindings}</Typography.Title>
              <FindingsList findings={own} />
            </>
          )}

          <Typography.Title level={4}>{t.commentsTitle}</Typography.Title>
          <CommentsPanel
            planId={plan.id}
            target={{ kind: 'objective', code: objective.code }}
            canComment={rights.comment}
            onChange={comments.reload}
          />
        </div>
      )}
    </Drawer>
  );
}
