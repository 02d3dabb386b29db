import { renderReceived } from '../../../src/domain/messages/catalog';
import type { Lang } from '../../../src/domain/messages/define';
import type { Locale } from '../i18n';
import type { ApiError, Issue } from './errors';

/**
 * The one way the web app says what the API refused: the catalog's rendering of the error's code
 * in the user's language (src/domain/messages), the same text the CLI prints. Errors of areas that
 * are not coded yet keep the server's message.
 */
export function langOf(locale: Locale): Lang {
  return locale === 'en' ? 'en' : 'zh';
}

export function messageOf(error: ApiError, locale: Locale): string {
  return renderReceived(error.code, error.params, langOf(locale)) ?? error.message;
}

export function issueMessageOf(issue: Issue, locale: Locale): string {
  return renderReceived(issue.code, issue.params, langOf(locale)) ?? issue.message;
}
