import { SettingOutlined } from '@ant-design/icons';
import { Button, Card, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../i18n';
import { perspectiveOrder } from './model';
import { perspectiveLabel } from './perspective-label';
import { usePlan } from './plan-context';
import { ScoringSettingsModal } from './ScoringSettingsForm';
import { effectiveScoring, isDefaultScoring, scoringSummary } from './scoring-settings';

/**
 * How the plan's lights and scores are computed, in one plain sentence for everyone who reads
 * the plan; those who may change the draft get the form.
 */
export function ScoringSettingsCard() {
  const { t } = useI18n();
  const { plan, rights, reload } = usePlan();
  const [open, setOpen] = useState(false);
  const scoring = effectiveScoring(plan.scoring);
  const order = perspectiveOrder(plan);
  const hasThemes = plan.themes.length > 0;
  const summary = scoringSummary(t, scoring, {
    order,
    label: (p) => perspectiveLabel(t, p),
    hasThemes,
  });

  return (
    <Card
      title={t.scoringTitle}
      className="overview-scoring"
      data-testid="scoring-card"
      extra={
        rights.editable && (
          <Button
            icon={<SettingOutlined />}
            onClick={() => setOpen(true)}
            className="no-print"
            data-testid="scoring-edit"
            aria-label={t.scoringEdit}
          >
            {t.scoringEditShort}
          </Button>
        )
      }
    >
      {isDefaultScoring(scoring) && <Tag className="scoring-default">{t.scoringIsDefault}</Tag>}
      <Typography.Paragraph className="scoring-summary" data-testid="scoring-summary">
        {summary}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary" className="scoring-hint">
        {t.scoringHint}
      </Typography.Paragraph>
      {open && (
        <ScoringSettingsModal
          planId={plan.id}
          version={plan.version}
          scoring={scoring}
          order={order}
          hasThemes={hasThemes}
          onClose={() => setOpen(false)}
          onSaved={() => {
            setOpen(false);
            reload();
          }}
          onReload={() => {
            setOpen(false);
            reload();
          }}
        />
      )}
    </Card>
  );
}
