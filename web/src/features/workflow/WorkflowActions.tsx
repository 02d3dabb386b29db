import { App, Button, Form, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { ApiError } from '../../api/errors';
import type { PlanDetail } from '../../api/types';
import { showConflict } from '../../components/ConflictNotice';
import { fieldStatus } from '../../components/FieldIssues';
import { useI18n } from '../../i18n';
import type { Dictionary } from '../../i18n/zh-TW';
import type { PlanRights } from '../editing/rights';
import { CopyNextYearButton } from './CopyNextYearButton';

type Transition = 'submit' | 'withdraw' | 'approve' | 'return' | 'reopen' | 'archive';

const AVAILABLE: Record<PlanDetail['status'], { transition: Transition; right: 'submit' | 'review' }[]> = {
  draft: [{ transition: 'submit', right: 'submit' }],
  submitted: [
    { transition: 'withdraw', right: 'submit' },
    { transition: 'approve', right: 'review' },
    { transition: 'return', right: 'review' },
  ],
  approved: [
    { transition: 'reopen', right: 'review' },
    { transition: 'archive', right: 'review' },
  ],
  archived: [],
};
const NEEDS_REASON: Transition[] = ['return', 'reopen'];

export function transitionLabel(t: Dictionary, transition: string): string {
  return (
    {
      submit: t.wfSubmit,
      withdraw: t.wfWithdraw,
      approve: t.wfApprove,
      return: t.wfReturn,
      reopen: t.wfReopen,
      archive: t.wfArchive,
    }[transition] ?? transition
  );
}

/** The workflow steps the user may take now, a reason asked where the rules want one; copy to next year. */
export function WorkflowActions({
  plan,
  rights,
  reload,
}: {
  plan: PlanDetail;
  rights: PlanRights;
  reload: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [modal, holder] = Modal.useModal();
  const [reasonFor, setReasonFor] = useState<Transition | null>(null);
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();

  const run = async (transition: Transition, reason?: string) => {
    setBusy(true);
    try {
      await api.post(`/api/plans/${plan.id}/workflow`, { transition, version: plan.version, reason });
      setReasonFor(null);
      void message.success(t.wfDone(transitionLabel(t, transition)));
      reload();
    } catch (e) {
      const err = e instanceof ApiError ? e : new ApiError(0, 'network', String(e));
      if (err.kind === 'conflict') {
        setReasonFor(null);
        showConflict(modal, t, reload, err);
      } else if (reason !== undefined) setError(err);
      else void message.error(err.message);
    } finally {
      setBusy(false);
    }
  };
  const start = (transition: Transition) => {
    setError(undefined);
    if (NEEDS_REASON.includes(transition)) {
      form.resetFields();
      setReasonFor(transition);
      return;
    }
    modal.confirm({
      title: t.wfConfirm(transitionLabel(t, transition)),
      okText: transitionLabel(t, transition),
      cancelText: t.cancel,
      onOk: () => run(transition),
    });
  };
  const steps = AVAILABLE[plan.status].filter((s) => rights[s.right]);
  if (steps.length === 0 && !rights.write) return null;
  return (
    <Space wrap className="workflow-actions no-print" data-testid="workflow-actions">
      {steps.map(({ transition }) => (
        <Button
          key={transition}
          type={transition === 'submit' || transition === 'approve' ? 'primary' : 'default'}
          danger={transition === 'return'}
          loading={busy}
          onClick={() => start(transition)}
        >
          {transitionLabel(t, transition)}
        </Button>
      ))}
      {rights.write && <CopyNextYearButton planId={plan.id} year={plan.year} />}
      {holder}
      <Modal
        open={reasonFor !== null}
        title={reasonFor && t.wfReasonTitle(transitionLabel(t, reasonFor))}
        okText={reasonFor ? transitionLabel(t, reasonFor) : t.save}
        cancelText={t.cancel}
        confirmLoading={busy}
        onCancel={() => setReasonFor(null)}
        onOk={async () => {
          // An empty reason is shown at the field by the form; nothing to send yet.
          const values = await form.validateFields().catch(() => null);
          if (values && reasonFor) await run(reasonFor, values.reason);
        }}
      >
        <Form form={form} layout="vertical">
          <Form.Item
            name="reason"
            label={t.wfReason}
            extra={t.wfReasonHint}
            rules={[{ required: true, whitespace: true, message: t.wfReasonRequired }]}
            {...fieldStatus(error, 'reason')}
          >
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
