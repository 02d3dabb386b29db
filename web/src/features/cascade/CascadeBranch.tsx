import { Space, Typography } from 'antd';
import { Link } from 'react-router';
import { StatusTag } from '../../components/StatusTag';
import { useI18n } from '../../i18n';
import type { CascadeNode, CascadeObjective } from './types';

/** Objectives of a theme, code first, wrapping as a list of short lines. */
export function ObjectiveList({ objectives }: { objectives: CascadeObjective[] }) {
  const { t } = useI18n();
  if (objectives.length === 0)
    return <Typography.Text type="secondary">{t.cascadeNoObjectives}</Typography.Text>;
  return (
    <ul className="cascade-objectives" aria-label={t.cascadeObjectives(objectives.length)}>
      {objectives.map((o) => (
        <li key={o.code}>
          <span className="cascade-code">{o.code}</span> {o.name}
        </li>
      ))}
    </ul>
  );
}

/**
 * The themes that take up one theme, each with its organisation, plan and objectives, and what
 * takes them up in turn (nested lists, so a screen reader announces the depth).
 */
export function CascadeBranch({ nodes, year }: { nodes: CascadeNode[]; year: number }) {
  const { t } = useI18n();
  if (nodes.length === 0) return null;
  return (
    <ul className="cascade-branch">
      {nodes.map((node) => (
        <li
          key={`${node.plan.id}:${node.theme.letter}`}
          className="cascade-node"
          data-testid="cascade-node"
          data-org={node.org.name}
        >
          <div className="cascade-node-head">
            <Space size={[8, 4]} wrap>
              <Typography.Text strong className="cascade-node-title">
                {t.cascadeThemeOf(node.org.name, node.theme.letter, node.theme.name)}
              </Typography.Text>
              {node.plan.year !== year && (
                <Typography.Text type="secondary">
                  {t.cascadeYearOther(t.rocYear(node.plan.year))}
                </Typography.Text>
              )}
              <StatusTag status={node.plan.status} />
              <Link to={`/plans/${node.plan.id}/map`}>{t.cascadeOpenMap}</Link>
              <Link to={`/plans/${node.plan.id}/scorecards/${encodeURIComponent(node.theme.letter)}`}>
                {t.tabScorecards}
              </Link>
            </Space>
          </div>
          <ObjectiveList objectives={node.objectives} />
          <CascadeBranch nodes={node.children} year={node.plan.year} />
        </li>
      ))}
    </ul>
  );
}
