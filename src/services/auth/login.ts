import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { findUserByLogin, type UserRow } from '../../db/repositories/users';
import { sessions, users } from '../../db/schema';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import { writeAudit } from '../shared/audit';
import { parseInput } from '../shared/parse-input';
import { inTransaction } from '../shared/transaction';
import { randomSecret, verifyPassword } from './passwords';
import { hashToken } from './token-hash';

export const LoginInput = z.object({
  login: z.string().min(1, 'login is required').max(100),
  password: z.string().min(1, 'password is required').max(200),
});

/** Consecutive failures that lock an account, and for how long. */
export const LOCKOUT = { failures: 5, minutes: 15 };
export const SESSION_HOURS = 12;

/** A hash to compare against when the login does not exist, so timing does not reveal that. */
const DUMMY_HASH = 'scrypt$16384$8$1$c3RyYXRtYXBzdHJhdG1hcA==$0000000000000000000000000000000000000000000=';

export interface LoginResult {
  user: UserRow;
  sessionToken: string;
  csrfToken: string;
  expiresAt: Date;
}

const WRONG = 'the login or the password is wrong';

export async function login(ctx: ServiceContext, raw: z.input<typeof LoginInput>): Promise<LoginResult> {
  const input = parseInput(LoginInput, raw);
  const user = await findUserByLogin(ctx.db, input.login);
  const passwordOk = await verifyPassword(input.password, user?.passwordHash ?? DUMMY_HASH);
  const now = new Date();

  if (!user || user.disabled) {
    await inTransaction(
      ctx,
      (tx) =>
        writeAudit(tx, ctx.actor, {
          action: 'login.failed',
          entity: 'user',
          entityId: user?.id ?? null,
          after: { login: input.login },
        }),
      { keepsCaches: true },
    );
    throw new AppError(
      'unauthorized',
      user?.disabled ? 'this account is disabled; ask an administrator' : WRONG,
    );
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    await inTransaction(
      ctx,
      (tx) =>
        writeAudit(tx, ctx.actor, {
          action: 'login.locked',
          entity: 'user',
          entityId: user.id,
          orgId: user.orgId,
        }),
      { keepsCaches: true },
    );
    throw lockedError(user.lockedUntil);
  }
  if (!passwordOk) {
    const failures = user.failedLogins + 1;
    const lockedUntil =
      failures >= LOCKOUT.failures ? new Date(now.getTime() + LOCKOUT.minutes * 60_000) : null;
    await inTransaction(
      ctx,
      async (tx) => {
        await tx
          .update(users)
          .set({ failedLogins: lockedUntil ? 0 : failures, lockedUntil })
          .where(eq(users.id, user.id));
        await writeAudit(tx, ctx.actor, {
          action: lockedUntil ? 'login.lockout' : 'login.failed',
          entity: 'user',
          entityId: user.id,
          orgId: user.orgId,
          after: { failures },
        });
      },
      { keepsCaches: true },
    );
    if (lockedUntil) throw lockedError(lockedUntil);
    throw new AppError('unauthorized', WRONG);
  }

  const sessionToken = randomSecret();
  const csrfToken = randomSecret(24);
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3_600_000);
  await inTransaction(
    ctx,
    async (tx) => {
      await tx.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, user.id));
      await tx
        .insert(sessions)
        .values({ tokenHash: hashToken(sessionToken), userId: user.id, csrfToken, expiresAt });
      await writeAudit(tx, user.login, {
        action: 'login',
        entity: 'user',
        entityId: user.id,
        orgId: user.orgId,
      });
    },
    { keepsCaches: true },
  );
  return { user, sessionToken, csrfToken, expiresAt };
}

function lockedError(until: Date): AppError {
  const time = new Intl.DateTimeFormat('zh-TW', {
    timeZone: 'Asia/Taipei',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(until);
  return new AppError(
    'unauthorized',
    `this account is locked after ${LOCKOUT.failures} wrong passwords until ${time} (Asia/Taipei); try again later or ask an administrator to reset it`,
    [],
    { lockedUntil: until.toISOString() },
  );
}
