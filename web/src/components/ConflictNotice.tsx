import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, type Modal } from 'antd';
import type { ApiError } from '../api/errors';
import { messageOf } from '../api/messages';
import { type Locale, useI18n } from '../i18n';
import type { Dictionary } from '../i18n/zh-TW';

/**
 * A 409 explained: someone else saved first, nothing of ours was written, reload to continue.
 * Shown inline (`ConflictNotice`) or as a dialog (`showConflict`) by any editing form.
 */
export function ConflictNotice({ error, onReload }: { error?: ApiError; onReload: () => void }) {
  const { t, locale } = useI18n();
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      data-testid="conflict-notice"
      title={t.conflictTitle}
      description={
        <>
          <p>{t.conflictBody}</p>
          {error?.message && <p className="conflict-detail">{messageOf(error, locale)}</p>}
        </>
      }
      action={
        <Button type="primary" icon={<ReloadOutlined />} onClick={onReload}>
          {t.conflictReload}
        </Button>
      }
    />
  );
}

/** Opens the conflict explanation as a modal; `onReload` runs when the user chooses to reload. */
export function showConflict(
  modal: ReturnType<typeof Modal.useModal>[0],
  t: Dictionary,
  onReload: () => void,
  error?: ApiError,
  locale?: Locale,
) {
  modal.confirm({
    title: t.conflictTitle,
    content: (
      <>
        <p>{t.conflictBody}</p>
        {error?.message && (
          <p className="conflict-detail">{locale ? messageOf(error, locale) : error.message}</p>
        )}
      </>
    ),
    okText: t.conflictReload,
    cancelText: t.close,
    onOk: onReload,
  });
}
