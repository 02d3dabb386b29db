import { Descriptions, Drawer, Empty, List, Space, Tag, Typography } from 'antd';
import { parseCode } from '../../../../src/domain/codes';
import type { Finding } from '../../api/types';
import { useI18n } from '../../i18n';
import { FindingsList } from '../plans/FindingsList';
import { placementOf } from '../plans/model';
import { perspectiveLabel } from '../plans/perspective-label';
import { usePlan } from '../plans/plan-context';

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
  const { plan, index } = usePlan();
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
        .map((l) => index.objectiveById(l.toObjectiveId))
    : [];
  const drivenBy = objective
    ? plan.links
        .filter((l) => l.toObjectiveId === objective.id)
        .map((l) => index.objectiveById(l.fromObjectiveId))
    : [];
  const linkTags = (list: typeof drives) =>
    list.map(
      (o) =>
        o && (
          <Typography.Link key={o.id} onClick={() => onOpen(o.code)}>
            <Tag>{o.code}</Tag>
            {o.name}
          </Typography.Link>
        ),
    );

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
                <List.Item>
                  <Tag>{k.code}</Tag>
                  {k.name}
                </List.Item>
              )}
            />
          ) : (
            <Typography.Paragraph type="secondary">{t.drawerNoKsfs}</Typography.Paragraph>
          )}

          <Typography.Title level={4}>{t.drawerKpis}</Typography.Title>
          {index.kpisOf(objective.id).length === 0 && (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.drawerNoKpis} />
          )}
          {index.kpisOf(objective.id).map((kpi) => (
            <section
              key={kpi.id}
              className="drawer-kpi"
              data-testid="drawer-kpi"
              aria-label={`${kpi.code} ${kpi.name}`}
            >
              <Typography.Text strong>
                <Tag color="green">{kpi.code}</Tag>
                {kpi.name}
              </Typography.Text>
              <Descriptions size="small" column={1} className="drawer-kpi-details">
                <Descriptions.Item label={t.drawerFormula}>{kpi.formula || t.none}</Descriptions.Item>
                <Descriptions.Item label={t.drawerUnit}>{kpi.unit || t.none}</Descriptions.Item>
                <Descriptions.Item label={t.drawerActions}>
                  {index.actionsOf(kpi.id).length ? (
                    <ul className="drawer-actions">
                      {index.actionsOf(kpi.id).map((a) => (
                        <li key={a.id}>
                          <Typography.Text type="secondary">{a.code}</Typography.Text> {a.name}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    t.drawerNoActions
                  )}
                </Descriptions.Item>
              </Descriptions>
            </section>
          ))}

          {(drives.length > 0 || drivenBy.length > 0) && (
            <>
              <Typography.Title level={4}>{t.drawerLinks}</Typography.Title>
              <Descriptions size="small" column={1}>
                {drivenBy.length > 0 && (
                  <Descriptions.Item label={t.drawerLinksFrom}>
                    <Space orientation="vertical">{linkTags(drivenBy)}</Space>
                  </Descriptions.Item>
                )}
                {drives.length > 0 && (
                  <Descriptions.Item label={t.drawerLinksTo}>
                    <Space orientation="vertical">{linkTags(drives)}</Space>
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
        </div>
      )}
    </Drawer>
  );
}
