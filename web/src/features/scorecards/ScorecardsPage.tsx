import { PrinterOutlined } from '@ant-design/icons';
import { Button, Space, Tabs } from 'antd';
import { useNavigate, useParams } from 'react-router';
import type { ObjectiveDetail, ThemeDetail } from '../../api/types';
import { useI18n } from '../../i18n';
import { AddElementButton, ElementControls } from '../editing/ElementControls';
import { nextPosition } from '../editing/elements';
import { placementOf, sortObjectives, themesInOrder } from '../plans/model';
import { usePlan } from '../plans/plan-context';
import { scorecardRows } from './rows';
import { ScorecardTable } from './ScorecardTable';

const CROSS = 'cross';
const SHARED = 'shared';

/** A free objective code for a new objective of a theme: the next customer-row number (AC3). */
function nextObjectiveCode(letter: string, objectives: ObjectiveDetail[]): string {
  const pattern = new RegExp(`^${letter}C(\\d+)$`);
  const max = objectives.reduce((m, o) => Math.max(m, Number(pattern.exec(o.code)?.[1] ?? 0)), 0);
  return `${letter}C${max + 1}`;
}

export default function ScorecardsPage() {
  const { t } = useI18n();
  const { plan, index } = usePlan();
  const navigate = useNavigate();
  const params = useParams();

  const groups: { key: string; label: string; objectives: ObjectiveDetail[]; theme?: ThemeDetail }[] = [];
  const byPlacement = (kind: 'cross' | 'shared') =>
    plan.objectives.filter((o) => placementOf(plan, o).kind === kind);
  const cross = byPlacement('cross');
  if (cross.length) groups.push({ key: CROSS, label: t.crossObjectives, objectives: cross });
  for (const theme of themesInOrder(plan)) {
    groups.push({
      key: theme.letter,
      label: t.scorecardsTheme(theme.letter, theme.name),
      objectives: plan.objectives.filter((o) => o.themeId === theme.id),
      theme,
    });
  }
  const shared = byPlacement('shared');
  if (shared.length) groups.push({ key: SHARED, label: t.sharedObjectives, objectives: shared });

  const active =
    groups.find((g) => g.key === params.theme) ?? groups.find((g) => g.key !== CROSS) ?? groups[0];

  return (
    <div className="scorecards-page">
      <Tabs
        activeKey={active?.key}
        tabBarExtraContent={
          <Space>
            <AddElementButton kind="theme" defaults={{ position: nextPosition(plan.themes) }} />
            <Button icon={<PrinterOutlined />} onClick={() => window.print()} className="no-print">
              {t.print}
            </Button>
          </Space>
        }
        onChange={(key) => navigate(`/plans/${plan.id}/scorecards/${encodeURIComponent(key)}`)}
        items={groups.map((g) => ({
          key: g.key,
          label: g.label,
          // Rendered while hidden too, so that printing gives every theme's table.
          forceRender: true,
          children: (
            <>
              {g.theme && (
                <Space className="theme-toolbar no-print">
                  <ElementControls kind="theme" element={g.theme} />
                  <AddElementButton
                    kind="objective"
                    label={t.addObjectiveIn(g.label)}
                    defaults={{
                      code: nextObjectiveCode(g.theme.letter, g.objectives),
                      position: nextPosition(g.objectives),
                    }}
                  />
                </Space>
              )}
              <ScorecardTable
                caption={t.scorecardsCaption(g.label)}
                rows={scorecardRows(sortObjectives(plan, g.objectives), index)}
              />
            </>
          ),
        }))}
      />
    </div>
  );
}
