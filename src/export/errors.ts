/**
 * An export that cannot be made on this machine because a system part is missing (a CJK font,
 * Chromium). The message says what to install; services turn it into an `unavailable` error.
 */
export class ExportUnavailableError extends Error {
  override readonly name = 'ExportUnavailableError';
}

/** Every PDF page is taken and the line is full: the caller may come back in `retryAfterSeconds`. */
export class ExportBusyError extends Error {
  override readonly name = 'ExportBusyError';
  constructor(readonly retryAfterSeconds: number) {
    super(
      `too many PDF exports are being printed right now; try again in ${retryAfterSeconds} s (other formats are not affected)`,
    );
  }
}
