import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import type { ApiError } from '../../api/errors';
import { ConflictNotice } from '../../components/ConflictNotice';
import { useI18n } from '../../i18n';

/**
 * A refused save (409) explained by its cause: a locked period, a plan that moved on in its
 * workflow, or someone else's change; nothing was stored in any case, reloading shows why.
 */
export function SaveConflict({ error, onReload }: { error: ApiError; onReload(): void }) {
  const { t } = useI18n();
  const locked = error.details.lockedPeriods;
  const reload = (
    <Button icon={<ReloadOutlined />} onClick={onReload}>
      {t.conflictReload}
    </Button>
  );
  if (Array.isArray(locked)) {
    return (
      <Alert
        type="warning"
        showIcon
        role="alert"
        data-testid="conflict-notice"
        title={t.trkLockedPeriods(locked.join(t.listSeparator))}
        action={reload}
      />
    );
  }
  if (typeof error.details.status === 'string') {
    return (
      <Alert
        type="warning"
        showIcon
        role="alert"
        data-testid="conflict-notice"
        title={t.trkStatusChanged}
        action={reload}
      />
    );
  }
  return <ConflictNotice error={error} onReload={onReload} />;
}
