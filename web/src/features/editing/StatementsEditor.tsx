import { EditOutlined } from '@ant-design/icons';
import { Button, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { ApiError } from '../../api/errors';
import type { PlanDetail } from '../../api/types';
import { ConflictNotice } from '../../components/ConflictNotice';
import { FieldIssues, fieldStatus } from '../../components/FieldIssues';
import { useI18n } from '../../i18n';
import { useEditing } from './EditingProvider';

const FIELDS = ['mission', 'vision', 'coreValues'];

/** Mission, vision and core values of a draft plan, changed against the version loaded. */
export function StatementsEditor({ plan, onReload }: { plan: PlanDetail; onReload: () => void }) {
  const { t } = useI18n();
  const editing = useEditing();
  const [form] = Form.useForm();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [saving, setSaving] = useState(false);
  if (!editing.rights.editable) return null;

  const start = () => {
    setError(undefined);
    form.setFieldsValue({
      mission: plan.mission ?? '',
      vision: plan.vision ?? '',
      coreValues: plan.coreValues,
    });
    setOpen(true);
  };
  const save = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setSaving(true);
    try {
      await api.patch(`/api/plans/${plan.id}`, { ...values, version: plan.version });
      setOpen(false);
      onReload();
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'network', String(e)));
    } finally {
      setSaving(false);
    }
  };
  const at = (path: string) => {
    const messages = error?.issuesAt(path, true) ?? [];
    return messages.length
      ? { validateStatus: 'error' as const, help: messages.join('；') }
      : fieldStatus(error, path);
  };

  return (
    <>
      <Button icon={<EditOutlined />} onClick={start} className="no-print" data-testid="edit-statements">
        {t.editStatements}
      </Button>
      <Modal
        open={open}
        title={t.editStatements}
        onCancel={() => setOpen(false)}
        onOk={save}
        okText={t.save}
        cancelText={t.cancel}
        confirmLoading={saving}
        okButtonProps={{ disabled: error?.kind === 'conflict' }}
        width={640}
      >
        {error?.kind === 'conflict' && (
          <ConflictNotice
            error={error}
            onReload={() => {
              setOpen(false);
              onReload();
            }}
          />
        )}
        {error && error.kind !== 'conflict' && (
          <FieldIssues
            error={error}
            claimed={error.issues.map((i) => i.path).filter((p) => FIELDS.includes(p.split('.')[0] ?? ''))}
          />
        )}
        <Form form={form} layout="vertical">
          <Form.Item name="mission" label={t.mission} {...at('mission')}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
          </Form.Item>
          <Form.Item name="vision" label={t.vision} {...at('vision')}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
          </Form.Item>
          <Form.Item name="coreValues" label={t.coreValues} extra={t.coreValuesHint} {...at('coreValues')}>
            <Select mode="tags" open={false} suffixIcon={null} aria-label={t.coreValues} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
