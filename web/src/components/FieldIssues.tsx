import { Alert } from 'antd';
import type { ApiError } from '../api/errors';
import { issueMessageOf, messageOf } from '../api/messages';
import { type Locale, useI18n } from '../i18n';

/**
 * The API's validation issues that no form field claimed (`claimed` paths are shown at their
 * fields by the form itself), listed with their paths so the user knows where to look.
 */
export function FieldIssues({ error, claimed = [] }: { error: ApiError; claimed?: string[] }) {
  const { t, locale } = useI18n();
  const rest = error.issues.filter((i) => !claimed.includes(i.path));
  if (rest.length === 0 && error.kind !== 'validation') return null;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={rest.length ? t.fieldIssues : messageOf(error, locale)}
      description={
        rest.length ? (
          <ul className="field-issues">
            {rest.map((i) => (
              <li key={`${i.path}:${i.message}`}>
                {i.path && <code>{i.path}</code>} {issueMessageOf(i, locale)}
              </li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );
}

/** Form.Item props showing the API's messages for one field path (in `locale` when coded). */
export function fieldStatus(error: ApiError | undefined, path: string, locale?: Locale) {
  const messages = error?.issuesAt(path, false, locale) ?? [];
  return messages.length ? { validateStatus: 'error' as const, help: messages.join('；') } : {};
}
