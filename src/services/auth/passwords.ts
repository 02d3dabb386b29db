import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { AppError } from '../errors';

const scryptAsync = promisify(scrypt) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: { N: number; r: number; p: number; maxmem: number },
) => Promise<Buffer>;

/** scrypt parameters: ~16 MiB and tens of milliseconds per hash on a 2-core server. */
const PARAMS = { N: 2 ** 14, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;

export const MIN_PASSWORD_LENGTH = 10;

export const PASSWORD_CONTAINS_LOGIN = 'the password contains the login; choose one without it';

/** Whether the password holds the login however it is written (case, full-width forms). */
export function passwordContainsLogin(password: string, login: string): boolean {
  const fold = (s: string) => s.normalize('NFKC').toLowerCase();
  const name = fold(login).trim();
  return name.length > 0 && fold(password).includes(name);
}

/** Refuses (400 at `path`) a new password that holds the login. */
export function refusePasswordWithLogin(password: string, login: string, path: string): void {
  if (passwordContainsLogin(password, login))
    throw new AppError('validation', PASSWORD_CONTAINS_LOGIN, [{ path, message: PASSWORD_CONTAINS_LOGIN }]);
}

/** `scrypt$N$r$p$salt$hash`, so parameters can be raised later without breaking old hashes. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password.normalize('NFC'), salt, KEY_LENGTH, {
    ...PARAMS,
    maxmem: 64 * 1024 * 1024,
  });
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const key = await scryptAsync(password.normalize('NFC'), Buffer.from(salt, 'base64'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: 64 * 1024 * 1024,
  });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** A password a person can type from a printout: no look-alike characters. */
export function generatePassword(length = 16): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(length);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

/** A random secret for sessions and API tokens (URL-safe). */
export function randomSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}
