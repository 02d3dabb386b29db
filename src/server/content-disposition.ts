/** RFC 6266: an ASCII fallback for old clients, the real (Chinese) name in filename*. */
export function contentDisposition(fileName: string): string {
  const ext = fileName.slice(fileName.lastIndexOf('.'));
  const ascii = fileName
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/["\\]/g, '')
    .replace(/^[-.\s]+/, '');
  const fallback = ascii.length > ext.length ? ascii : `stratmap${ext}`;
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
