import { createHash, timingSafeEqual } from 'node:crypto';

/** Session and API tokens are high-entropy, so a plain SHA-256 stores them safely. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
