import { LockOutlined } from '@ant-design/icons';
import { Alert } from 'antd';
import type { PlanStatus } from '../../api/types';
import { useI18n } from '../../i18n';
import type { PlanRights } from './rights';

/** Why someone who could edit this plan cannot now: it is submitted, approved or archived. */
export function ReadOnlyNotice({ status, rights }: { status: PlanStatus; rights: PlanRights }) {
  const { t } = useI18n();
  if (!rights.write || status === 'draft') return null;
  const why = {
    submitted: t.readOnlySubmitted,
    approved: t.readOnlyApproved,
    archived: t.readOnlyArchived,
  }[status];
  return (
    <Alert
      className="read-only-notice no-print"
      data-testid="read-only-notice"
      type="info"
      icon={<LockOutlined />}
      showIcon
      title={t.readOnlyTitle}
      description={why}
    />
  );
}
