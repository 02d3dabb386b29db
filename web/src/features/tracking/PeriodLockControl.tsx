import { LockOutlined, UnlockOutlined } from '@ant-design/icons';
import { Alert, App, Button, Modal } from 'antd';
import { useState } from 'react';
import { periodContains, periodLabel } from '../../../../src/domain/periods';
import { api } from '../../api/client';
import { ApiError } from '../../api/errors';
import { useI18n } from '../../i18n';
import { useSession } from '../auth/session';
import type { Results } from './types';

/**
 * Whether the chosen period is closed for entry, and — for the planning office's administrators —
 * the button that closes it, or reopens the lock that covers it (a locked year closes its quarters).
 */
export function PeriodLockControl({
  planId,
  period,
  locks,
  onChanged,
}: {
  planId: number;
  period: string;
  locks: Results['locks'];
  onChanged: () => void;
}) {
  const { t, locale, formatDate } = useI18n();
  const { isAdmin } = useSession();
  const { message } = App.useApp();
  const [modal, holder] = Modal.useModal();
  const [busy, setBusy] = useState(false);
  const covering = locks.find((l) => periodContains(l.period, period));
  const label = (p: string) => periodLabel(p, locale);

  const change = (lock: boolean) => {
    const target = lock ? period : (covering?.period ?? period);
    modal.confirm({
      title: lock ? t.trackLockConfirm(label(target)) : t.trackUnlockConfirm(label(target)),
      content: lock ? t.trackLockHint : t.trackUnlockHint,
      okText: lock ? t.trackLock : t.trackUnlock,
      cancelText: t.cancel,
      onOk: async () => {
        setBusy(true);
        try {
          if (lock) await api.post(`/api/plans/${planId}/locks`, { period: target });
          else await api.delete(`/api/plans/${planId}/locks/${encodeURIComponent(target)}`);
          void message.success(lock ? t.trackLockDone(label(target)) : t.trackUnlockDone(label(target)));
          onChanged();
        } catch (e) {
          void message.error(e instanceof ApiError ? e.message : String(e));
        } finally {
          setBusy(false);
        }
      },
    });
  };

  const button = isAdmin && (
    <Button
      size="small"
      icon={covering ? <UnlockOutlined /> : <LockOutlined />}
      loading={busy}
      onClick={() => change(!covering)}
      data-testid="period-lock"
    >
      {covering ? t.trackUnlockPeriod(label(covering.period)) : t.trackLockPeriod}
    </Button>
  );
  return (
    <>
      {holder}
      {covering ? (
        <Alert
          className="tracking-notice"
          type="info"
          showIcon
          data-testid="period-locked"
          title={t.trackLocked}
          description={t.trackLockedBy(
            label(covering.period),
            covering.lockedBy,
            formatDate(covering.lockedAt),
          )}
          action={button}
        />
      ) : (
        button && <div className="tracking-lock-action">{button}</div>
      )}
    </>
  );
}
