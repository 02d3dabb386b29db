import { Button, Form, Input, Space, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import type { ApiError } from '../../api/errors';
import { fieldStatus } from '../../components/FieldIssues';
import { useI18n } from '../../i18n';
import { checkFormulaText, type FormulaState } from './kpi-scoring';

/**
 * A KPI's formula, checked as it is typed by the parser that scoring and the linter use: the
 * variables found (the inputs of actual entry) or the problem and where it is. An unreadable
 * formula may still be saved — the linter lists it — so the problem is a warning, not an error.
 */
export function FormulaField({ error }: { error?: ApiError }) {
  const { t, locale } = useI18n();
  const form = Form.useFormInstance();
  const formula: string | undefined = Form.useWatch('formula', form);
  const unit: string | undefined = Form.useWatch('unit', form);
  const check = useMemo(() => checkFormulaText(formula), [formula]);
  const api = fieldStatus(error, 'formula');

  let shown = {};
  if (api.help) shown = api;
  else if (check.state === 'error') {
    const at = check.position === null ? '' : t.sfFormulaAt(check.position + 1);
    const message = locale === 'en' ? check.message.en : check.message.zh;
    shown = {
      validateStatus: 'warning' as const,
      help: <span data-testid="formula-problem">{t.sfFormulaError(at, message)}</span>,
    };
  } else if (check.state === 'ok') {
    shown = {
      extra: (
        <FormulaFound
          check={check}
          unitEmpty={!unit?.trim()}
          onUseUnit={(u) => form.setFieldValue('unit', u)}
        />
      ),
    };
  }

  return (
    <Form.Item name="formula" label={t.fieldFormula} {...shown}>
      <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
    </Form.Item>
  );
}

function FormulaFound({
  check,
  unitEmpty,
  onUseUnit,
}: {
  check: Extract<FormulaState, { state: 'ok' }>;
  unitEmpty: boolean;
  onUseUnit: (unit: string) => void;
}) {
  const { t } = useI18n();
  const lead =
    check.variables.length === 0
      ? t.sfFormulaNoVariables
      : check.entersInputs
        ? t.sfFormulaInputs
        : t.sfFormulaSingle;
  return (
    <div className="formula-check" data-testid="formula-check">
      <Typography.Text type="secondary">{lead}</Typography.Text>
      {check.variables.map((v) => (
        <Tag key={v} className="formula-variable" data-testid="formula-variable">
          {v}
        </Tag>
      ))}
      {(check.percent || check.unit) && (
        <Space size={8} wrap className="formula-notes">
          {check.percent && <Typography.Text type="secondary">{t.sfFormulaPercent}</Typography.Text>}
          {check.unit && <Typography.Text type="secondary">{t.sfFormulaUnit(check.unit)}</Typography.Text>}
          {check.unit && unitEmpty && (
            <Button size="small" type="link" onClick={() => onUseUnit(check.unit ?? '')}>
              {t.sfFormulaUseUnit}
            </Button>
          )}
        </Space>
      )}
    </div>
  );
}
