import { LockOutlined } from '@ant-design/icons';
import { Alert } from 'antd';
import { useI18n } from '../../i18n';
import type { EntryBlock, TargetsBlock } from './tracking-rights';

/** Why the actuals cannot be entered here: the user's role or an archived plan. */
export function EntryNotice({ block }: { block: EntryBlock }) {
  const { t } = useI18n();
  if (!block) return null;
  return (
    <Alert
      className="tracking-notice"
      data-testid="tracking-read-only"
      type="info"
      icon={<LockOutlined />}
      showIcon
      title={t.trkEntryReadOnlyTitle}
      description={block === 'role' ? t.trkEntryNoRole : t.trkEntryArchived}
    />
  );
}

/** Why the targets cannot be set: the role, or where the plan is in its workflow. */
export function TargetsNotice({ block, adminAdjusting }: { block: TargetsBlock; adminAdjusting: boolean }) {
  const { t } = useI18n();
  if (adminAdjusting) {
    return <Alert className="tracking-notice" type="warning" showIcon title={t.trkTargetsAdminNote} />;
  }
  if (!block) return null;
  const why = {
    role: t.trkTargetsNoRole,
    submitted: t.trkTargetsSubmitted,
    approved: t.trkTargetsApproved,
    archived: t.trkTargetsArchived,
  }[block];
  return (
    <Alert
      className="tracking-notice"
      data-testid="targets-read-only"
      type="info"
      icon={<LockOutlined />}
      showIcon
      title={t.trkTargetsReadOnlyTitle}
      description={why}
    />
  );
}
