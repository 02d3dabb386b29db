import { PrinterOutlined } from '@ant-design/icons';
import { Button, Tabs } from 'antd';
import { useNavigate, useParams } from 'react-router';
import type { ObjectiveDetail } from '../../api/types';
import { useI18n } from '../../i18n';
import { placementOf, sortObjectives, themesInOrder } from '../plans/model';
import { usePlan } from '../plans/plan-context';
import { scorecardRows } from './rows';
import { ScorecardTable } from './ScorecardTable';

const CROSS = 'cross';
const SHARED = 'shared';

export default function ScorecardsPage() {
  const { t } = useI18n();
  const { plan, index } = usePlan();
  const navigate = useNavigate();
  const params = useParams();

  const groups: { key: string; label: string; objectives: ObjectiveDetail[] }[] = [];
  const byPlacement = (kind: 'cross' | 'shared') =>
    plan.objectives.filter((o) => placementOf(plan, o).kind === kind);
  const cross = byPlacement('cross');
  if (cross.length) groups.push({ key: CROSS, label: t.crossObjectives, objectives: cross });
  for (const theme of themesInOrder(plan)) {
    groups.push({
      key: theme.letter,
      label: t.scorecardsTheme(theme.letter, theme.name),
      objectives: plan.objectives.filter((o) => o.themeId === theme.id),
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
          <Button icon={<PrinterOutlined />} onClick={() => window.print()} className="no-print">
            {t.print}
          </Button>
        }
        onChange={(key) => navigate(`/plans/${plan.id}/scorecards/${encodeURIComponent(key)}`)}
        items={groups.map((g) => ({
          key: g.key,
          label: g.label,
          // Rendered while hidden too, so that printing gives every theme's table.
          forceRender: true,
          children: (
            <ScorecardTable
              caption={t.scorecardsCaption(g.label)}
              rows={scorecardRows(sortObjectives(plan, g.objectives), index)}
            />
          ),
        }))}
      />
    </div>
  );
}
