import { Alert } from 'antd';
import type { ApiError } from '../api/errors';
import { useI18n } from '../i18n';

/**
 * The API's validation issues that no form field claimed (`claimed` paths are shown at their
 * fields by the form itself), listed with their paths so the user knows where to look.
 */
export function FieldIssues({ error, claimed = [] }: { error: ApiError; claimed?: string[] }) {
  const { t } = useI18n();
  const rest = error.issues.filter((i) => !claimed.includes(i.path));
  if (rest.length === 0 && error.kind !== 'validation') return null;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={rest.length ? t.fieldIssues : error.message}
      description={
        rest.length ? (
          <ul className="field-issues">
            {rest.map((i) => (
              <li key={`${i.path}:${i.message}`}>
                {i.path && <code>{i.path}</code>} {i.message}
              </li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );
}

/** Form.Item props showing the API's messages for one field path. */
export function fieldStatus(error: ApiError | undefined, path: string) {
  const messages = error?.issuesAt(path) ?? [];
  return messages.length ? { validateStatus: 'error' as const, help: messages.join('；') } : {};
}
