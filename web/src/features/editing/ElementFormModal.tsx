import { App, Form, Input, InputNumber, Modal } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { ApiError } from '../../api/errors';
import { ConflictNotice } from '../../components/ConflictNotice';
import { FieldIssues, fieldStatus } from '../../components/FieldIssues';
import { useI18n } from '../../i18n';
import { elementBody, elementFormValues, FIELDS } from './element-body';
import { type AnyElement, API_PATH, codeOf, type ElementKind, kindLabel } from './elements';
import { FormulaField } from './FormulaField';
import { KpiScoringFields, WeightField } from './KpiScoringFields';
import { checkFormulaText, scoringPaths } from './kpi-scoring';

export interface FormRequest {
  kind: ElementKind;
  /** The element being changed; absent when adding. */
  element?: AnyElement;
  /** Starting values of a new element (its code, position, the objective a KSF belongs to). */
  defaults?: Record<string, unknown>;
}

/**
 * Adds or changes one element: the API's validation messages appear at their fields, a 409 is
 * explained with a reload, and nothing closes until the server has accepted the change.
 */
export function ElementFormModal({
  planId,
  request,
  onClose,
  onSaved,
  onReload,
}: {
  planId: number;
  request: FormRequest | null;
  onClose: () => void;
  onSaved: () => void;
  onReload: () => void;
}) {
  const { t, locale } = useI18n();
  const { modal } = App.useApp();
  const [form] = Form.useForm();
  const [error, setError] = useState<ApiError>();
  const [saving, setSaving] = useState(false);
  const kind = request?.kind ?? 'objective';
  const fields = FIELDS[kind];
  const polarity = Form.useWatch('polarity', form) ?? 'higher';
  const frequency = Form.useWatch('frequency', form) ?? null;
  const stageCount: number = (Form.useWatch('stages', form) ?? []).length;
  const claimed = kind === 'kpi' ? [...fields, ...scoringPaths(polarity, frequency, stageCount)] : fields;

  useEffect(() => {
    setError(undefined);
    if (!request) return;
    const source = (request.element ?? request.defaults ?? {}) as Record<string, unknown>;
    form.resetFields();
    form.setFieldsValue(elementFormValues(request.kind, source));
  }, [request, form]);

  /** An unreadable formula is saved only when the user says so (the linter will list it). */
  const formulaAccepted = (formula: unknown) => {
    const check = checkFormulaText(typeof formula === 'string' ? formula : '');
    const stored = (request?.element as { formula?: string | null } | undefined)?.formula ?? '';
    if (check.state !== 'error' || (formula ?? '') === stored) return Promise.resolve(true);
    return new Promise<boolean>((resolve) => {
      modal.confirm({
        title: t.sfFormulaConfirmTitle,
        content: t.sfFormulaConfirmBody(locale === 'en' ? check.message.en : check.message.zh),
        okText: t.sfFormulaSaveAnyway,
        cancelText: t.sfFormulaBack,
        onOk: () => resolve(true),
        onCancel: () => resolve(false),
      });
    });
  };

  const submit = async () => {
    if (!request) return;
    const valid = await form.validateFields().then(
      () => true,
      () => false,
    );
    if (!valid) return;
    // Every value, those of fields now hidden included: scoringBody decides which ones to send.
    const values = form.getFieldsValue(true) as Record<string, unknown>;
    if (kind === 'kpi' && !(await formulaAccepted(values.formula))) return;
    const body = elementBody(kind, values);
    setSaving(true);
    setError(undefined);
    try {
      const base = `/api/plans/${planId}/${API_PATH[kind]}`;
      if (request.element) {
        await api.patch(`${base}/${request.element.id}`, { ...body, version: request.element.version });
      } else {
        await api.post(base, { ...request.defaults, ...body });
      }
      onSaved();
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'network', String(e)));
    } finally {
      setSaving(false);
    }
  };

  const label = kindLabel(t, kind);
  const title = request?.element ? t.editTitle(label, codeOf(kind, request.element)) : t.addTitle(label);
  const codeHint = {
    theme: t.codeHintTheme,
    objective: t.codeHintObjective,
    ksf: t.codeHintKsf,
    kpi: t.codeHintKpi,
    action: t.codeHintAction,
  }[kind];
  const at = (path: string, extra?: string) => {
    const status = fieldStatus(error, path);
    return status.help ? status : extra ? { extra } : {};
  };
  const conflict = error?.kind === 'conflict';

  return (
    <Modal
      open={!!request}
      title={title}
      onCancel={onClose}
      onOk={submit}
      okText={t.save}
      cancelText={t.cancel}
      confirmLoading={saving}
      okButtonProps={{ disabled: conflict }}
      destroyOnHidden
      forceRender
      width={kind === 'kpi' ? 720 : 560}
    >
      {conflict && <ConflictNotice error={error} onReload={onReload} />}
      {error && !conflict && <FieldIssues error={error} claimed={claimed} />}
      <Form form={form} layout="vertical" className="element-form" onFinish={submit}>
        {fields.includes('letter') && (
          <Form.Item
            name="letter"
            label={t.fieldLetter}
            rules={[{ required: true, message: t.codeRequired }]}
            {...at('letter', codeHint)}
          >
            <Input maxLength={2} autoComplete="off" />
          </Form.Item>
        )}
        {fields.includes('code') && (
          <Form.Item
            name="code"
            label={t.fieldCode}
            rules={kind === 'ksf' ? [] : [{ required: true, message: t.codeRequired }]}
            {...at('code', codeHint)}
          >
            <Input autoComplete="off" />
          </Form.Item>
        )}
        <Form.Item
          name="name"
          label={t.fieldName}
          rules={[{ required: true, whitespace: true, message: t.nameRequired }]}
          {...at('name')}
        >
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
        {fields.includes('formula') && <FormulaField error={error} />}
        {fields.includes('note') && (
          <Form.Item name="note" label={t.fieldNote} {...at('note', t.fieldNoteHint)}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
          </Form.Item>
        )}
        {fields.includes('unit') && (
          <Form.Item name="unit" label={t.fieldUnit} {...at('unit')}>
            <Input autoComplete="off" />
          </Form.Item>
        )}
        {kind === 'kpi' && <KpiScoringFields error={error} />}
        {fields.includes('weight') && (
          <WeightField
            hint={kind === 'theme' ? t.sfWeightHintTheme : t.sfWeightHintObjective}
            error={error}
          />
        )}
        <Form.Item name="position" label={t.fieldPosition} {...at('position')}>
          <InputNumber min={0} max={100000} precision={0} />
        </Form.Item>
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Modal>
  );
}
