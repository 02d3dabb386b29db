import { App, Button, Col, Form, InputNumber, Modal, Radio, Row, Typography } from 'antd';
import { useState } from 'react';
import type { Perspective } from '../../../../src/domain/codes';
import { api } from '../../api/client';
import { ApiError } from '../../api/errors';
import { ConflictNotice } from '../../components/ConflictNotice';
import { FieldIssues } from '../../components/FieldIssues';
import { useI18n } from '../../i18n';
import { perspectiveLabel } from './perspective-label';
import {
  checkScoringForm,
  type EffectiveScoring,
  fieldOfIssue,
  formValuesOf,
  problemText,
  SCORING_DEFAULTS,
  type ScoringField,
  type ScoringFormValues,
  scoringOfForm,
} from './scoring-settings';

const nameOf = (field: ScoringField) => field.split('.');

/**
 * The scoring settings of a draft plan, changed against the version loaded: thresholds and cap
 * in per cent, roll-up, plan basis and perspective weights. Checked at each field as the user
 * types; the server's refusals are shown at the same fields, a 409 with the way to reload.
 */
export function ScoringSettingsModal({
  planId,
  version,
  scoring,
  order,
  hasThemes,
  onClose,
  onSaved,
  onReload,
}: {
  planId: number;
  version: number;
  scoring: EffectiveScoring;
  order: Perspective[];
  hasThemes: boolean;
  onClose: () => void;
  onSaved: () => void;
  onReload: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [error, setError] = useState<ApiError>();
  const [saving, setSaving] = useState(false);

  // The same check for every field, so a rule between two fields reports at the one to change.
  const rules = (field: ScoringField) => [
    {
      validator: async () => {
        const problem = checkScoringForm(form.getFieldsValue(true) as ScoringFormValues, order)[field];
        if (problem) throw new Error(problemText(t, problem));
      },
    },
  ];
  const weightFields = order.map((p) => ['weights', p]);

  const save = async () => {
    const values = await form
      .validateFields()
      .then(() => form.getFieldsValue(true) as ScoringFormValues)
      .catch(() => null);
    if (!values) return;
    setSaving(true);
    setError(undefined);
    try {
      await api.patch(`/api/plans/${planId}`, { scoring: scoringOfForm(values), version });
      void message.success(t.scoringSaved);
      onSaved();
    } catch (e) {
      const failure = e instanceof ApiError ? e : new ApiError(0, 'network', String(e));
      const atFields = new Map<ScoringField, string[]>();
      for (const issue of failure.issues) {
        const field = fieldOfIssue(issue.path);
        if (field) atFields.set(field, [...(atFields.get(field) ?? []), issue.message]);
      }
      form.setFields([...atFields].map(([field, errors]) => ({ name: nameOf(field), errors })));
      setError(failure);
    } finally {
      setSaving(false);
    }
  };

  const reset = () => {
    form.setFieldsValue(formValuesOf(SCORING_DEFAULTS));
    // The defaults pass every check: validating clears the messages the old values left.
    void form.validateFields().catch(() => undefined);
    if (error?.kind !== 'conflict') setError(undefined);
    void message.info(t.scoringResetDone);
  };

  const claimed = error?.issues.filter((i) => fieldOfIssue(i.path)).map((i) => i.path) ?? [];
  const percent = <InputNumber step={5} suffix="%" className="scoring-number" />;

  return (
    <Modal
      open
      title={t.scoringEdit}
      onCancel={onClose}
      onOk={save}
      okText={t.save}
      cancelText={t.cancel}
      confirmLoading={saving}
      okButtonProps={{ disabled: error?.kind === 'conflict' }}
      width={680}
      footer={(_, { OkBtn, CancelBtn }) => (
        <div className="scoring-footer">
          <Button onClick={reset} data-testid="scoring-reset">
            {t.scoringReset}
          </Button>
          <span>
            <CancelBtn />
            <OkBtn />
          </span>
        </div>
      )}
    >
      {error?.kind === 'conflict' && <ConflictNotice error={error} onReload={onReload} />}
      {error && error.kind !== 'conflict' && <FieldIssues error={error} claimed={claimed} />}
      <Form
        form={form}
        layout="vertical"
        name="scoring"
        initialValues={formValuesOf(scoring)}
        className="scoring-form"
        data-testid="scoring-form"
      >
        {/* Spans, not breakpoints: the modal is narrow whatever the window's width. */}
        <Typography.Text strong>{t.scoringLights}</Typography.Text>
        <Row gutter={16} className="scoring-row">
          <Col span={8}>
            <Form.Item
              name="green"
              label={t.scoringGreen}
              rules={rules('green')}
              dependencies={['cap', 'yellow']}
            >
              {percent}
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="yellow" label={t.scoringYellow} rules={rules('yellow')} dependencies={['green']}>
              {percent}
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="cap" label={t.scoringCap} rules={rules('cap')}>
              {percent}
            </Form.Item>
          </Col>
        </Row>
        <Typography.Paragraph type="secondary" className="scoring-hint-block">
          {t.scoringLightsHint}
          <br />
          {t.scoringCapHint}
        </Typography.Paragraph>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="rollup" label={t.scoringRollup}>
              <Radio.Group
                optionType="button"
                options={[
                  { value: 'weighted', label: t.scoringRollupWeightedOption },
                  { value: 'worst', label: t.scoringRollupWorstOption },
                ]}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="planFrom"
              label={t.scoringPlanFrom}
              extra={hasThemes ? undefined : t.scoringPlanFromNoThemes}
            >
              <Radio.Group
                optionType="button"
                options={[
                  { value: 'perspectives', label: t.scoringPlanFromPerspectives },
                  { value: 'themes', label: t.scoringPlanFromThemes, disabled: !hasThemes },
                ]}
              />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Paragraph type="secondary" className="scoring-hint-block">
          {t.scoringRollupHint}
        </Typography.Paragraph>
        <Typography.Text strong>{t.scoringWeights}</Typography.Text>
        <Row gutter={16} className="scoring-row">
          {order.map((p) => (
            <Col span={12} key={p}>
              <Form.Item
                name={['weights', p]}
                label={`${perspectiveLabel(t, p)} ${p}`}
                rules={rules(`weights.${p}`)}
                dependencies={[...weightFields.filter(([, q]) => q !== p), 'planFrom']}
              >
                <InputNumber
                  step={1}
                  className="scoring-number"
                  aria-label={t.scoringWeightOf(perspectiveLabel(t, p))}
                />
              </Form.Item>
            </Col>
          ))}
        </Row>
        <Typography.Paragraph type="secondary">{t.scoringWeightsHint}</Typography.Paragraph>
      </Form>
    </Modal>
  );
}
