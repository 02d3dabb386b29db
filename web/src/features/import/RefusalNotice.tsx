import { Alert, Button } from 'antd';
import type { ReactNode } from 'react';
import type { ApiError } from '../../api/errors';
import type { Finding } from '../../api/types';
import { FieldIssues } from '../../components/FieldIssues';
import { useI18n } from '../../i18n';
import { FindingsTable } from './FindingsTable';
import { type RefusalContext, refusalText } from './refusal-text';

/** Findings a refusal carries (a document from which no plan could be recovered says why). */
function findingsOf(error: ApiError): Finding[] {
  const raw = error.details.findings;
  if (!Array.isArray(raw)) return [];
  return raw.map((f: Finding) => ({ ...f, line: f.line ?? null, plan: f.plan ?? null }));
}

/**
 * Why the server said no, shown where the user acted (beside the upload or the confirm button),
 * never as a page of its own: the importer's explanation, the plan document's problems by field,
 * and what to do next.
 */
export function RefusalNotice({
  error,
  title,
  context,
  onRetry,
  children,
}: {
  error: ApiError;
  title: string;
  context?: RefusalContext;
  onRetry?: () => void;
  children?: ReactNode;
}) {
  const { t, locale } = useI18n();
  const findings = findingsOf(error);
  return (
    <Alert
      className="import-refusal"
      data-testid="import-refusal"
      data-status={error.status}
      type="error"
      showIcon
      role="alert"
      title={title}
      description={
        <>
          <p>{refusalText(t, locale, error, context)}</p>
          {error.issues.length > 0 && <FieldIssues error={error} />}
          {findings.length > 0 && <FindingsTable findings={findings} />}
          {children}
        </>
      }
      action={
        onRetry && (
          <Button size="small" onClick={onRetry}>
            {t.impRetry}
          </Button>
        )
      }
    />
  );
}
