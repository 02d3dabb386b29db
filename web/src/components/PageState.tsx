import { Alert, Button, Spin } from 'antd';
import type { ApiError } from '../api/errors';
import { useI18n } from '../i18n';
import { ConflictNotice } from './ConflictNotice';
import { NotFound } from './NotFound';

export function PageLoading() {
  const { t } = useI18n();
  return (
    <div className="page-loading" role="status" aria-live="polite">
      <Spin size="large" />
      <span>{t.loading}</span>
    </div>
  );
}

/** A failed load explained in the user's language, with a way forward. */
export function PageError({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const { t } = useI18n();
  if (error.kind === 'conflict')
    return <ConflictNotice onReload={onRetry ?? (() => window.location.reload())} />;
  if (error.kind === 'not_found') return <NotFound message={t.notFound} />;
  const text =
    error.kind === 'forbidden' ? t.forbidden : error.kind === 'network' ? t.networkError : t.serverError;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={t.errorTitle}
      description={text}
      action={
        onRetry && (
          <Button size="small" onClick={onRetry}>
            {t.retry}
          </Button>
        )
      }
    />
  );
}
