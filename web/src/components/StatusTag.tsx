import { Tag } from 'antd';
import type { PlanStatus } from '../api/types';
import { useI18n } from '../i18n';

const COLOURS: Record<PlanStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  approved: 'success',
  archived: 'purple',
};

export function useStatusLabel() {
  const { t } = useI18n();
  return (status: PlanStatus) =>
    ({
      draft: t.statusDraft,
      submitted: t.statusSubmitted,
      approved: t.statusApproved,
      archived: t.statusArchived,
    })[status] ?? status;
}

export function StatusTag({ status }: { status: PlanStatus }) {
  const label = useStatusLabel();
  return (
    <Tag color={COLOURS[status]} data-status={status}>
      {label(status)}
    </Tag>
  );
}
