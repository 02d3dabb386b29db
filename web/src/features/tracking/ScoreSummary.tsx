import { Descriptions } from 'antd';
import { useI18n } from '../../i18n';
import { perspectiveLabel } from '../plans/perspective-label';
import { LightTag } from './LightTag';
import type { Scores } from './types';

/** The plan's, its themes' and its perspectives' roll-ups for the period. */
export function ScoreSummary({ scores }: { scores: Scores }) {
  const { t } = useI18n();
  return (
    <Descriptions
      size="small"
      bordered
      column={{ xs: 1, md: 2, xl: 4 }}
      data-testid="score-summary"
      items={[
        { key: 'plan', label: t.trackPlanScore, children: <LightTag {...scores.plan} /> },
        ...scores.themes.map((th) => ({
          key: `t-${th.letter}`,
          label: `${th.letter} ${th.name ?? ''}`,
          children: <LightTag {...th} />,
        })),
        ...scores.perspectives.map((p) => ({
          key: `p-${p.perspective}`,
          label: perspectiveLabel(t, p.perspective),
          children: <LightTag {...p} />,
        })),
      ]}
    />
  );
}
