import fastifyCookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { ANONYMOUS, type Principal } from '../../domain/authz';
import { principalOfApiToken, principalOfSession } from '../../services/auth/authenticate';
import { safeEqual } from '../../services/auth/token-hash';
import { AppError } from '../../services/errors';
import { currentGeneration } from '../../services/shared/read-cache';

export const SESSION_COOKIE = 'stratmap_session';
export const CSRF_COOKIE = 'stratmap_csrf';
export const CSRF_HEADER = 'x-csrf-token';
/** The known-device secret: sent only to the sign-in routes, never readable by scripts. */
export const DEVICE_COOKIE = 'stratmap_device';

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal;
    /** Set when the request is authenticated by a session cookie. */
    session: { hash: string; csrfToken: string } | null;
    /** The change generation at the start of the request, for cached reads. */
    generation: number | undefined;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Requests that cannot carry a CSRF token yet: signing in creates the session. */
const CSRF_EXEMPT = new Set(['/api/auth/login']);
/** The only writes an anonymous caller may send; everything else is refused before validation. */
const ANONYMOUS_WRITES = new Set(['/api/auth/login', '/api/auth/logout']);

export function cookieOptions(request: FastifyRequest, httpOnly: boolean, expires?: Date) {
  return {
    path: '/',
    httpOnly,
    sameSite: 'lax' as const,
    secure: request.protocol === 'https',
    ...(expires ? { expires } : {}),
  };
}

export function deviceCookieOptions(request: FastifyRequest, expires: Date) {
  return {
    path: '/api/auth',
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: request.protocol === 'https',
    expires,
  };
}

export function clearAuthCookies(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, cookieOptions(request, true));
  reply.clearCookie(CSRF_COOKIE, cookieOptions(request, false));
}

/**
 * Who is calling: a bearer API token, a session cookie, or nobody. Cookie-authenticated writes
 * must echo the session's CSRF token in a header (a cross-site form cannot read it).
 */
async function authentication(app: FastifyInstance): Promise<void> {
  await app.register(fastifyCookie);
  app.decorateRequest('principal', null as unknown as Principal);
  app.decorateRequest('session', null);
  app.decorateRequest('generation', undefined);

  app.addHook('onRequest', async (request, reply) => {
    request.principal = ANONYMOUS;
    request.session = null;
    if (!request.url.startsWith('/api/')) return;
    await identify(request, reply);
    const path = request.url.split('?')[0] ?? '';
    if (request.principal.kind === 'anonymous' && UNSAFE.has(request.method) && !ANONYMOUS_WRITES.has(path)) {
      throw new AppError('unauthorized', 'sign in first: anonymous visitors cannot change anything');
    }
  });

  async function identify(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const db = app.stratmap.db;
    const authorization = request.headers.authorization;
    if (authorization !== undefined) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization);
      const principal = match?.[1] ? await principalOfApiToken(db, match[1]) : null;
      if (!principal)
        throw new AppError(
          'unauthorized',
          "the API token is not valid (unknown or revoked, or its creator's account is disabled)",
        );
      request.principal = principal;
      return;
    }
    const cookie = request.cookies[SESSION_COOKIE];
    if (!cookie) return;
    request.generation = await currentGeneration(db);
    const session = await principalOfSession(db, cookie, request.generation);
    if (!session) {
      clearAuthCookies(request, reply);
      return;
    }
    request.principal = session.principal;
    request.session = { hash: session.sessionHash, csrfToken: session.csrfToken };
    if (UNSAFE.has(request.method) && !CSRF_EXEMPT.has(request.url.split('?')[0] ?? '')) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !safeEqual(sent, session.csrfToken)) {
        throw new AppError(
          'forbidden',
          `missing or wrong ${CSRF_HEADER} header: reload the page and try again`,
        );
      }
    }
  }
}

export const authenticationPlugin = fp(authentication, { name: 'stratmap-authentication' });
