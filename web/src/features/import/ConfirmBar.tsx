import { Alert, Button, Checkbox, Space, Spin, Typography } from 'antd';
import type { ApiError } from '../../api/errors';
import type { Finding } from '../../api/types';
import { useI18n } from '../../i18n';
import { RefusalNotice } from './RefusalNotice';
import { isLasting, type RefusalContext } from './refusal-text';
import type { ImportCheck } from './use-import-check';

/**
 * The decision: what keeps the document from being stored, the replace confirmation, the
 * buttons, and the server's refusal right beside them (its word is final: a refusal of the check
 * that will not pass by itself keeps the button disabled; the import itself may still refuse).
 */
export function ConfirmBar({
  blockers,
  included,
  check,
  replacing,
  replace,
  busy,
  refusal,
  context,
  onReplace,
  onConfirm,
  onCancel,
  onRetry,
}: {
  blockers: Finding[];
  included: number;
  check: ImportCheck;
  /** How many stored plans the import replaces. */
  replacing: number;
  replace: boolean;
  busy: boolean;
  /** The import's refusal, else the check's. */
  refusal: ApiError | undefined;
  context: RefusalContext;
  onReplace(value: boolean): void;
  onConfirm(): void;
  onCancel(): void;
  onRetry(): void;
}) {
  const { t, locale } = useI18n();
  const blocked = blockers.length > 0;
  const disabled =
    blocked ||
    included === 0 ||
    check.state === 'checking' ||
    (check.state === 'refused' && isLasting(check.error)) ||
    (replacing > 0 && !replace);
  return (
    <section className="import-confirm" aria-label={t.importConfirm}>
      {blocked && (
        <Alert
          type="error"
          showIcon
          role="alert"
          data-testid="import-blocked"
          title={t.importBlocked}
          description={
            <>
              <p>{t.impBlockedReasons}</p>
              <ul>
                {blockers.map((f) => (
                  <li key={`${f.rule}:${f.line}:${f.message.zh}`}>
                    {locale === 'en' ? f.message.en : f.message.zh}
                  </li>
                ))}
              </ul>
            </>
          }
        />
      )}
      {!blocked && included === 0 && <Alert type="warning" showIcon title={t.impNothingIncluded} />}
      {!blocked && replacing > 0 && (
        <Checkbox
          checked={replace}
          onChange={(e) => onReplace(e.target.checked)}
          data-testid="import-replace"
        >
          {t.importReplaceConfirm(replacing)}
        </Checkbox>
      )}
      <Space wrap className="import-buttons">
        <Button
          type="primary"
          danger={replacing > 0}
          loading={busy}
          disabled={disabled}
          onClick={onConfirm}
          data-testid="import-confirm"
        >
          {replacing > 0 ? t.importReplaceButton : t.importConfirm}
        </Button>
        <Button onClick={onCancel} disabled={busy}>
          {t.importCancel}
        </Button>
        {check.state === 'checking' && !blocked && (
          <span className="import-checking" role="status" aria-live="polite">
            <Spin size="small" /> <Typography.Text type="secondary">{t.impChecking}</Typography.Text>
          </span>
        )}
      </Space>
      {refusal && (
        <RefusalNotice
          error={refusal}
          title={t.impRefusedTitle}
          context={context}
          onRetry={isLasting(refusal) ? undefined : onRetry}
        />
      )}
    </section>
  );
}
