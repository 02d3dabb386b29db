import { Col, Form, InputNumber, Radio, Row, Select } from 'antd';
import type { ReactNode } from 'react';
import type { Frequency } from '../../../../src/domain/periods';
import type { Aggregate, Polarity } from '../../../../src/domain/scoring/types';
import type { ApiError } from '../../api/errors';
import { fieldStatus } from '../../components/FieldIssues';
import { useI18n } from '../../i18n';
import type { Dictionary } from '../../i18n/zh-TW';
import {
  AGGREGATE_CHOICES,
  aggregateApplies,
  FREQUENCY_CHOICES,
  POLARITY_CHOICES,
  stagesApply,
  toleranceApplies,
  toleranceProblem,
  weightProblem,
} from './kpi-scoring';
import { MilestoneStagesEditor } from './MilestoneStagesEditor';

export function polarityLabel(t: Dictionary, polarity: Polarity): string {
  return {
    higher: t.sfPolarityHigher,
    lower: t.sfPolarityLower,
    range: t.sfPolarityRange,
    milestone: t.sfPolarityMilestone,
  }[polarity];
}

export function frequencyLabel(t: Dictionary, frequency: Frequency): string {
  return { year: t.sfFreqYear, half: t.sfFreqHalf, quarter: t.sfFreqQuarter, month: t.sfFreqMonth }[
    frequency
  ];
}

/** "每季填報": how often a KPI is reported, for readers. */
export function frequencyLabelTag(t: Dictionary, frequency: Frequency): string {
  return {
    year: t.sfFreqTagYear,
    half: t.sfFreqTagHalf,
    quarter: t.sfFreqTagQuarter,
    month: t.sfFreqTagMonth,
  }[frequency];
}

const POLARITY_HINT = {
  higher: 'sfPolarityHintHigher',
  lower: 'sfPolarityHintLower',
  range: 'sfPolarityHintRange',
  milestone: 'sfPolarityHintMilestone',
} as const satisfies Record<Polarity, keyof Dictionary>;

/** API messages at a field win over its hint, as everywhere in the element form. */
function status(error: ApiError | undefined, path: string, hint?: ReactNode) {
  const api = fieldStatus(error, path);
  return api.help ? api : hint ? { extra: hint } : {};
}

/** The weight of a theme, objective or KPI in its parent's score (SCORING §7). */
export function WeightField({ hint, error }: { hint: string; error?: ApiError }) {
  const { t } = useI18n();
  return (
    <Form.Item
      name="weight"
      label={t.sfWeight}
      rules={[
        {
          validator: async (_, value) => {
            if (weightProblem(value)) throw new Error(t.sfWeightRange);
          },
        },
      ]}
      {...status(error, 'weight', hint)}
    >
      <InputNumber className="weight-input" />
    </Form.Item>
  );
}

/**
 * A KPI's scoring definition: direction, reporting frequency, baseline, weight, and the fields
 * that only mean something for some directions and frequencies (aggregate, tolerance, stages),
 * shown only then.
 */
export function KpiScoringFields({ error }: { error?: ApiError }) {
  const { t } = useI18n();
  const form = Form.useFormInstance();
  const polarity: Polarity = Form.useWatch('polarity', form) ?? 'higher';
  const frequency: Frequency | null = Form.useWatch('frequency', form) ?? null;

  return (
    <fieldset className="kpi-scoring" data-testid="kpi-scoring">
      <legend>{t.sfScoring}</legend>
      <Form.Item
        name="polarity"
        label={t.sfPolarity}
        {...status(error, 'polarity', t[POLARITY_HINT[polarity]])}
      >
        <Radio.Group
          aria-label={t.sfPolarity}
          optionType="button"
          buttonStyle="solid"
          options={POLARITY_CHOICES.map((p) => ({ value: p, label: polarityLabel(t, p) }))}
        />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item
            name="frequency"
            label={t.sfFrequency}
            // A cleared Select gives undefined; the API clears a frequency with null.
            normalize={(v: Frequency | undefined) => v ?? null}
            {...status(error, 'frequency', t.sfFrequencyHint)}
          >
            <Select<Frequency>
              allowClear
              placeholder={t.sfFrequencyNone}
              options={FREQUENCY_CHOICES.map((f) => ({ value: f, label: frequencyLabel(t, f) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <WeightField hint={t.sfWeightHintKpi} error={error} />
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="baseline" label={t.sfBaseline} {...status(error, 'baseline', t.sfBaselineHint)}>
            <InputNumber className="number-input" />
          </Form.Item>
        </Col>
        {toleranceApplies(polarity) && (
          <Col xs={24} sm={12}>
            <Form.Item
              name="tolerance"
              label={t.sfTolerance}
              rules={[
                {
                  validator: async (_, value) => {
                    if (toleranceProblem(value)) throw new Error(t.sfToleranceRange);
                  },
                },
              ]}
              {...status(error, 'tolerance', t.sfToleranceHint)}
            >
              <InputNumber className="number-input" />
            </Form.Item>
          </Col>
        )}
      </Row>
      {aggregateApplies(polarity, frequency) && (
        <Form.Item name="aggregate" label={t.sfAggregate} {...status(error, 'aggregate', t.sfAggregateHint)}>
          <Radio.Group
            aria-label={t.sfAggregate}
            options={AGGREGATE_CHOICES.map((a: Aggregate) => ({
              value: a,
              label: a === 'sum' ? t.sfAggregateSum : t.sfAggregateLast,
            }))}
          />
        </Form.Item>
      )}
      {stagesApply(polarity) && <MilestoneStagesEditor error={error} />}
    </fieldset>
  );
}
