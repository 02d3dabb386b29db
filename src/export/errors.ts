/**
 * An export that cannot be made on this machine because a system part is missing (a CJK font,
 * Chromium). The message says what to install; services turn it into an `unavailable` error.
 */
export class ExportUnavailableError extends Error {
  override readonly name = 'ExportUnavailableError';
}
