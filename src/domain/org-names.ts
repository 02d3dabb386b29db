/**
 * Organisation names arrive as 臺北市 or 台北市, with full-width or half-width characters and
 * stray spaces; they all mean the same organisation.
 */
export function orgNameKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '').replace(/台/g, '臺');
}

export function cleanOrgName(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim();
}
