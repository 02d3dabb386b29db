import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../db/client';
import { grantsOf, type UserRow } from '../../db/repositories/users';
import {
  CreateApiTokenInput,
  createApiToken,
  listApiTokens,
  revokeApiToken,
} from '../../services/auth/api-tokens';
import { lockedLogins } from '../../services/auth/login-failures';
import { getSettings } from '../../services/settings/get-settings';
import { UpdateSettingsInput, updateSettings } from '../../services/settings/update-settings';
import { CreateUserInput, createUser } from '../../services/users/create-user';
import { listUsers } from '../../services/users/list-users';
import { ResetPasswordInput, resetPassword } from '../../services/users/reset-password';
import { UpdateUserInput, updateUser } from '../../services/users/update-user';
import { presentApiToken, presentUser } from '../presenters/user';
import { serviceContextOf } from '../request-context';
import { IdParams } from '../schemas';

/** One account as the administrators' pages show it: with its roles and whether it is locked. */
async function presentAccount(db: Db, user: UserRow) {
  const locked = await lockedLogins(db);
  return presentUser({ ...user, lockedUntil: locked.get(user.login) ?? null }, await grantsOf(db, user.id));
}

export async function userRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const db = () => fastify.stratmap.db;

  app.get(
    '/api/users',
    { schema: { tags: ['users'], summary: 'Accounts (administrators)' } },
    async (request) => ({
      users: (await listUsers(serviceContextOf(request))).map((u) => presentUser(u, u.grants)),
    }),
  );

  app.post(
    '/api/users',
    {
      schema: {
        tags: ['users'],
        summary: 'Create an account; a generated password is returned once',
        body: CreateUserInput,
      },
    },
    async (request, reply) => {
      const { user, password, generated } = await createUser(serviceContextOf(request), request.body);
      return reply
        .status(201)
        .send({ user: await presentAccount(db(), user), ...(generated ? { password } : {}) });
    },
  );

  app.patch(
    '/api/users/:id',
    {
      schema: {
        tags: ['users'],
        summary: 'Change, disable or re-role an account',
        params: IdParams,
        body: UpdateUserInput,
      },
    },
    async (request) => {
      const user = await updateUser(serviceContextOf(request), request.params.id, request.body);
      return presentAccount(db(), user);
    },
  );

  app.post(
    '/api/users/:id/reset-password',
    {
      schema: {
        tags: ['users'],
        summary: 'Set a new password and unlock',
        params: IdParams,
        body: ResetPasswordInput,
      },
    },
    async (request) => {
      const { password, generated } = await resetPassword(
        serviceContextOf(request),
        request.params.id,
        request.body ?? {},
      );
      return generated ? { password } : {};
    },
  );

  app.get(
    '/api/tokens',
    { schema: { tags: ['tokens'], summary: 'API tokens you may see' } },
    async (request) => ({
      tokens: (await listApiTokens(serviceContextOf(request))).map(presentApiToken),
    }),
  );

  app.post(
    '/api/tokens',
    {
      schema: {
        tags: ['tokens'],
        summary: 'Create an API token; the secret is shown once',
        body: CreateApiTokenInput,
      },
    },
    async (request, reply) => {
      const { token, secret } = await createApiToken(serviceContextOf(request), request.body);
      return reply.status(201).send({ token: presentApiToken(token), secret });
    },
  );

  app.delete(
    '/api/tokens/:id',
    { schema: { tags: ['tokens'], summary: 'Revoke an API token', params: IdParams } },
    async (request) => presentApiToken(await revokeApiToken(serviceContextOf(request), request.params.id)),
  );

  app.get('/api/settings', { schema: { tags: ['settings'] } }, async (request) =>
    getSettings(serviceContextOf(request)),
  );
  app.patch('/api/settings', { schema: { tags: ['settings'], body: UpdateSettingsInput } }, async (request) =>
    updateSettings(serviceContextOf(request), request.body),
  );
}
