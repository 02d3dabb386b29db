import { Tag } from 'antd';
import { useI18n } from '../../i18n';
import { frequencyLabelTag, polarityLabel } from './KpiScoringFields';
import { DEFAULT_WEIGHT, type ScoredKpi } from './kpi-scoring';

/**
 * A KPI's scoring definition for readers, in a line of tags: direction, reporting frequency,
 * and its weight when it is not the default; a milestone's stages and a baseline follow as text.
 */
export function KpiScoringTags({ kpi }: { kpi: ScoredKpi }) {
  const { t } = useI18n();
  const polarity = kpi.polarity ?? 'higher';
  const weight = kpi.weight ?? DEFAULT_WEIGHT;
  const stages = polarity === 'milestone' ? (kpi.stages ?? []) : [];
  return (
    <div className="kpi-scoring-tags" data-testid="kpi-scoring-tags">
      <Tag color={polarity === 'lower' ? 'orange' : 'blue'} data-polarity={polarity}>
        {polarityLabel(t, polarity)}
      </Tag>
      <Tag>{frequencyLabelTag(t, kpi.frequency ?? 'year')}</Tag>
      {weight !== DEFAULT_WEIGHT && (
        <Tag color={weight === 0 ? 'default' : 'purple'}>
          {weight === 0 ? t.sfWeightZeroTag : t.sfWeightTag(String(weight))}
        </Tag>
      )}
      {kpi.baseline != null && (
        <span className="kpi-scoring-note">
          {t.sfBaseline} {String(kpi.baseline)}
          {kpi.unit ? ` ${kpi.unit}` : ''}
        </span>
      )}
      {stages.length > 0 && (
        <span className="kpi-scoring-note" data-testid="kpi-stages">
          {t.sfStagesList(stages.map((s) => `${s.name} ${String(s.percent)}%`).join('・'))}
        </span>
      )}
    </div>
  );
}
