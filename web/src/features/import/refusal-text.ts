import type { ApiError } from '../../api/errors';
import type { Locale } from '../../i18n';
import type { Dictionary } from '../../i18n/zh-TW';

/** What the page knows about the plans it sent, to say a refusal in the planner's terms. */
export interface RefusalContext {
  /** Organisations of the sent plans the signed-in user may not write (as the web app works it out). */
  notWritable: string[];
}

interface Conflict {
  org: string;
  year: number;
}

function conflictsOf(error: ApiError): Conflict[] {
  const raw = error.details.conflicts;
  if (!Array.isArray(raw)) return [];
  return raw.filter(
    (c): c is Conflict =>
      !!c && typeof c === 'object' && typeof c.org === 'string' && typeof c.year === 'number',
  );
}

/**
 * A refusal of the preview or the import said in the user's language: the importer's own zh-TW
 * explanation when it gave one (`details.messageZh`, said per stable `details.code`), otherwise
 * one of ours by what went wrong, never a bare status.
 */
export function refusalText(
  t: Dictionary,
  locale: Locale,
  error: ApiError,
  context: RefusalContext = { notWritable: [] },
): string {
  const { messageZh, code } = error.details;
  if (typeof code === 'string' && typeof messageZh === 'string')
    return locale === 'zh-TW' ? messageZh : error.message;
  switch (error.kind) {
    case 'forbidden':
      return context.notWritable.length
        ? t.impRefusedForbidden(context.notWritable.join(t.impListSeparator))
        : t.impRefusedForbiddenGeneric;
    case 'conflict': {
      const conflicts = conflictsOf(error);
      if (conflicts.length)
        return t.impRefusedExists(
          conflicts.map((c) => `${c.org} ${t.rocYear(c.year)}`).join(t.impListSeparator),
        );
      return typeof error.details.status === 'string' ? t.impRefusedReadOnly : t.impRefusedConflict;
    }
    case 'too_large':
      return t.impRefusedTooLarge;
    case 'unavailable': {
      const seconds = error.details.retryAfterSeconds;
      return typeof seconds === 'number' ? t.impRefusedBusy(Math.ceil(seconds)) : t.impRefusedUnavailable;
    }
    case 'rate_limited':
      return t.impRefusedRateLimited;
    case 'network':
      return t.impRefusedNetwork;
    case 'validation':
      return t.impRefusedInvalid;
    case 'not_found':
      return t.impRefusedNotFound;
    default:
      return t.impRefusedServer;
  }
}

/** Refusals that come back the same however often the request is sent (unlike a busy server). */
export function isLasting(error: ApiError): boolean {
  return ['forbidden', 'validation', 'conflict', 'not_found', 'too_large'].includes(error.kind);
}
