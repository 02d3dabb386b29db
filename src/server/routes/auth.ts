import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { findUserById } from '../../db/repositories/users';
import { ChangePasswordInput, changePassword } from '../../services/auth/change-password';
import { LoginInput, login } from '../../services/auth/login';
import { lockedLogins } from '../../services/auth/login-failures';
import { logout } from '../../services/auth/logout';
import { AppError } from '../../services/errors';
import {
  CSRF_COOKIE,
  clearAuthCookies,
  cookieOptions,
  DEVICE_COOKIE,
  deviceCookieOptions,
  SESSION_COOKIE,
} from '../plugins/authentication';
import { databaseRateLimitStore } from '../plugins/database-rate-limit-store';
import { presentUser } from '../presenters/user';
import { serviceContextOf } from '../request-context';

const tags = ['auth'];

/**
 * Sign-ins allowed per client address and minute (STRATMAP_LOGIN_RATE_LIMIT, default 20): a
 * browser test suite signs in dozens of times a minute, so it is a setting. The address is the
 * client's as TRUST_PROXY lets Fastify see it (behind an untrusted proxy, the proxy's).
 */
function loginsPerMinute(): number {
  const value = Number(process.env.STRATMAP_LOGIN_RATE_LIMIT ?? 20);
  return Number.isInteger(value) && value > 0 ? value : 20;
}

export async function authRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  // Per client address, on top of the per-login lockout that the login use case enforces; counted
  // in the database so that every server process shares the limit.
  await app.register(rateLimit, {
    global: false,
    store: databaseRateLimitStore(fastify.stratmap.db),
    errorResponseBuilder: (_request, context) => {
      const seconds = Math.max(1, Math.ceil(context.ttl / 1000));
      return new AppError(
        'rate_limited',
        `too many sign-in attempts from this address; try again in ${seconds} seconds`,
        [],
        { retryAfterSeconds: seconds },
      );
    },
  });

  app.post(
    '/api/auth/login',
    {
      schema: {
        tags,
        summary: 'Sign in; sets the session cookie and returns the CSRF token',
        body: LoginInput,
      },
      config: { rateLimit: { max: loginsPerMinute(), timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const result = await login(serviceContextOf(request), request.body, request.cookies[DEVICE_COOKIE]);
      reply.setCookie(SESSION_COOKIE, result.sessionToken, cookieOptions(request, true, result.expiresAt));
      reply.setCookie(CSRF_COOKIE, result.csrfToken, cookieOptions(request, false, result.expiresAt));
      reply.setCookie(
        DEVICE_COOKIE,
        result.device.secret,
        deviceCookieOptions(request, result.device.expiresAt),
      );
      return {
        user: presentUser(result.user),
        csrfToken: result.csrfToken,
        expiresAt: result.expiresAt.toISOString(),
      };
    },
  );

  app.post(
    '/api/auth/logout',
    { schema: { tags, summary: 'Sign out (ends this session)' } },
    async (request, reply) => {
      if (request.session) await logout(serviceContextOf(request), request.session.hash);
      clearAuthCookies(request, reply);
      return reply.status(204).send();
    },
  );

  app.get('/api/auth/me', { schema: { tags, summary: 'Who is signed in, with roles' } }, async (request) => {
    const principal = request.principal;
    if (principal.kind === 'anonymous') throw new AppError('unauthorized', 'not signed in');
    const user =
      principal.userId !== null && principal.kind === 'user'
        ? await findUserById(fastify.stratmap.db, principal.userId)
        : null;
    const lockedUntil = user ? ((await lockedLogins(fastify.stratmap.db)).get(user.login) ?? null) : null;
    return {
      kind: principal.kind,
      name: principal.name,
      user: user ? presentUser({ ...user, lockedUntil }, principal.grants) : null,
      grants: principal.grants,
      csrfToken: request.session?.csrfToken ?? null,
    };
  });

  app.post(
    '/api/auth/password',
    {
      schema: {
        tags,
        summary: 'Change your own password (ends your other sessions)',
        body: ChangePasswordInput,
      },
    },
    async (request, reply) => {
      await changePassword(serviceContextOf(request), request.body, request.session?.hash);
      return reply.status(204).send();
    },
  );
}
