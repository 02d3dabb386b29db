import { z } from 'zod';
import { findUserByLogin, normalizeLogin, type UserRow } from '../../db/repositories/users';
import { sessions } from '../../db/schema';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import { type AuditEntry, writeAudit } from '../shared/audit';
import { parseInput } from '../shared/parse-input';
import { inTransaction } from '../shared/transaction';
import { deleteExpiredAuthState } from './expired-state';
import { knownDeviceOf, rememberDevice } from './known-devices';
import {
  ANY_BROWSER,
  type Attempt,
  clearFailures,
  countAttempt,
  deviceScope,
  LOCKOUT,
} from './login-failures';
import { randomSecret, verifyPassword } from './passwords';
import { hashToken } from './token-hash';

export const LoginInput = z.object({
  login: z.string().min(1, 'login is required').max(100),
  password: z.string().min(1, 'password is required').max(200),
});

export { LOCKOUT };
export const SESSION_HOURS = 12;

/** A hash to compare against when the login does not exist, so timing does not reveal that. */
const DUMMY_HASH = 'scrypt$16384$8$1$c3RyYXRtYXBzdHJhdG1hcA==$0000000000000000000000000000000000000000000=';

export interface LoginResult {
  user: UserRow;
  sessionToken: string;
  csrfToken: string;
  expiresAt: Date;
  /** The browser's new known-device secret (cookie `stratmap_device`) and until when it holds. */
  device: { secret: string; expiresAt: Date };
}

const WRONG = 'the login or the password is wrong';

/**
 * Signs in. Wrong passwords are counted per folded login name whether or not the account exists,
 * so a missing login is answered exactly like a real one: the same messages, the same lock after
 * LOCKOUT.failures, the same work (a scrypt check against a dummy hash). A browser that signed in
 * to the account before (its `deviceSecret`) counts on its own, so strangers who lock the login
 * do not lock its owner out.
 */
export async function login(
  ctx: ServiceContext,
  raw: z.input<typeof LoginInput>,
  deviceSecret?: string,
): Promise<LoginResult> {
  const input = parseInput(LoginInput, raw);
  await deleteExpiredAuthState(ctx.db);
  const name = normalizeLogin(input.login);
  const user = await findUserByLogin(ctx.db, name);
  const deviceId = await knownDeviceOf(ctx.db, deviceSecret, user?.id);
  const scope = deviceId === null ? ANY_BROWSER : deviceScope(deviceId);
  const audit = (entry: Omit<AuditEntry, 'entity' | 'entityId' | 'orgId'>) =>
    inTransaction(
      ctx,
      (tx) =>
        writeAudit(tx, ctx.actor, {
          ...entry,
          entity: 'user',
          entityId: user?.id ?? null,
          orgId: user?.orgId ?? null,
        }),
      { keepsCaches: true },
    );

  // Counted before the password is checked: concurrent tries cannot all pass a stale count.
  const attempt = await countAttempt(ctx.db, name, scope);
  if (attempt.number > LOCKOUT.failures) {
    await audit({ action: 'login.locked', after: { login: name, attempt: attempt.number } });
    throw lockedError(attempt);
  }
  const passwordOk = await verifyPassword(input.password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !passwordOk) {
    const locks = attempt.number === LOCKOUT.failures;
    await audit({
      action: locks ? 'login.lockout' : 'login.failed',
      after: { login: name, failures: attempt.number },
    });
    throw locks ? lockedError(attempt) : new AppError('unauthorized', WRONG);
  }
  if (user.disabled) {
    await clearFailures(ctx.db, name, scope);
    await audit({ action: 'login.failed', after: { login: name, disabled: true } });
    throw new AppError('unauthorized', 'this account is disabled; ask an administrator');
  }

  const sessionToken = randomSecret();
  const csrfToken = randomSecret(24);
  const expiresAt = new Date(Date.now() + SESSION_HOURS * 3_600_000);
  const device = await inTransaction(
    ctx,
    async (tx) => {
      await clearFailures(tx, name, scope);
      await tx
        .insert(sessions)
        .values({ tokenHash: hashToken(sessionToken), userId: user.id, csrfToken, expiresAt });
      const remembered = await rememberDevice(tx, user.id, deviceId);
      await writeAudit(tx, user.login, {
        action: 'login',
        entity: 'user',
        entityId: user.id,
        orgId: user.orgId,
        ...(deviceId === null ? {} : { after: { knownDevice: true } }),
      });
      return remembered;
    },
    { keepsCaches: true },
  );
  return { user, sessionToken, csrfToken, expiresAt, device };
}

function lockedError(attempt: Attempt): AppError {
  const until = attempt.expiresAt;
  const time = new Intl.DateTimeFormat('zh-TW', {
    timeZone: 'Asia/Taipei',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(until);
  return new AppError(
    'unauthorized',
    `this account is locked after ${LOCKOUT.failures} wrong passwords until ${time} (Asia/Taipei); try again later, sign in from a browser you used before, or ask an administrator to reset it`,
    [],
    { lockedUntil: until.toISOString() },
  );
}
