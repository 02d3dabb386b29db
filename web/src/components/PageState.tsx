import { Alert, Button, Result, Spin } from 'antd';
import { Link } from 'react-router';
import type { ApiError } from '../api/errors';
import { useI18n } from '../i18n';
import { ConflictNotice } from './ConflictNotice';

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
  if (error.kind === 'not_found') {
    return (
      <Result
        status="404"
        title={t.notFoundTitle}
        subTitle={t.notFound}
        extra={
          <Link to="/">
            <Button type="primary">{t.backHome}</Button>
          </Link>
        }
      />
    );
  }
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
