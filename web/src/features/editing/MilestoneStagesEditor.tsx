import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, InputNumber, Typography } from 'antd';
import type { ApiError } from '../../api/errors';
import { fieldStatus } from '../../components/FieldIssues';
import { useI18n } from '../../i18n';
import { MAX_STAGES, percentProblem, type StageRow, stageNameProblem } from './kpi-scoring';

/**
 * The stages of a milestone KPI, one row each (name, percent complete), added, removed and put
 * in order here. Problems are said at the row: ours as the user types, the API's by their path
 * (`stages.1.percent`), and the API's list-wide ones (`stages`) under the rows.
 */
export function MilestoneStagesEditor({ error }: { error?: ApiError }) {
  const { t } = useI18n();
  const form = Form.useFormInstance();
  const rows = (): StageRow[] => form.getFieldValue('stages') ?? [];
  const listErrors = [...(error?.issuesAt('stages') ?? [])];

  return (
    <fieldset className="stages-editor" data-testid="stages-editor">
      <legend>{t.sfStages}</legend>
      <Typography.Paragraph type="secondary" className="stages-hint">
        {t.sfStagesHint}
      </Typography.Paragraph>
      <Form.List name="stages">
        {(fields, { add, remove, move }) => (
          <>
            {fields.length === 0 ? (
              <Typography.Paragraph type="warning" data-testid="stages-empty">
                {t.sfStagesEmpty}
              </Typography.Paragraph>
            ) : (
              <div className="stage-row stage-head" aria-hidden>
                <span>{t.sfStageNameHeader}</span>
                <span>{t.sfStagePercentHeader}</span>
              </div>
            )}
            {fields.map((field, i) => {
              const n = i + 1;
              return (
                <div className="stage-row" key={field.key} data-testid="stage-row">
                  <Form.Item
                    name={[field.name, 'name']}
                    className="stage-name"
                    rules={[
                      {
                        validator: async () => {
                          const problem = stageNameProblem(rows(), field.name);
                          if (problem === 'required') throw new Error(t.sfStageNameRequired);
                          if (problem === 'duplicate') throw new Error(t.sfStageNameDuplicate);
                        },
                      },
                    ]}
                    {...fieldStatus(error, `stages.${i}.name`)}
                  >
                    <Input aria-label={t.sfStageName(n)} maxLength={200} autoComplete="off" />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'percent']}
                    className="stage-percent"
                    rules={[
                      {
                        validator: async (_, value) => {
                          const problem = percentProblem(value);
                          if (problem === 'required') throw new Error(t.sfPercentRequired);
                          if (problem === 'range') throw new Error(t.sfPercentRange);
                        },
                      },
                    ]}
                    {...fieldStatus(error, `stages.${i}.percent`)}
                  >
                    {/* No min/max: a clamped number would hide the mistake instead of naming it. */}
                    <InputNumber aria-label={t.sfStagePercent(n)} suffix="%" />
                  </Form.Item>
                  <span className="stage-tools">
                    <Button
                      type="text"
                      size="small"
                      icon={<ArrowUpOutlined />}
                      aria-label={t.sfStageUp(n)}
                      title={t.sfStageUp(n)}
                      disabled={i === 0}
                      onClick={() => move(i, i - 1)}
                    />
                    <Button
                      type="text"
                      size="small"
                      icon={<ArrowDownOutlined />}
                      aria-label={t.sfStageDown(n)}
                      title={t.sfStageDown(n)}
                      disabled={i === fields.length - 1}
                      onClick={() => move(i, i + 1)}
                    />
                    <Button
                      type="text"
                      size="small"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t.sfStageRemove(n)}
                      title={t.sfStageRemove(n)}
                      onClick={() => remove(i)}
                    />
                  </span>
                </div>
              );
            })}
            <Form.ErrorList errors={listErrors} />
            <Button
              type="dashed"
              size="small"
              icon={<PlusOutlined />}
              disabled={fields.length >= MAX_STAGES}
              title={fields.length >= MAX_STAGES ? t.sfStageMax(MAX_STAGES) : undefined}
              onClick={() => add({ name: '', percent: null })}
              data-testid="stage-add"
            >
              {t.sfStageAdd}
            </Button>
          </>
        )}
      </Form.List>
    </fieldset>
  );
}
