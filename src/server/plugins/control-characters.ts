import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { CONTROL_CHARACTER_CODE, findControlCharacters } from '../../domain/control-characters';
import { AppError, formatPath } from '../../services/errors';

/**
 * Refuses a JSON body holding an invisible control character anywhere (domain/control-characters),
 * before any route validates or stores it: one check for every route, present and future.
 * Uploaded files stay bytes (their content parsers give Buffers) and are left to their readers.
 */
async function controlCharacters(app: FastifyInstance): Promise<void> {
  app.addHook('preValidation', async (request) => {
    const body = request.body;
    if (typeof body !== 'object' || body === null || Buffer.isBuffer(body)) return;
    const issues = findControlCharacters(body).map((i) => ({
      path: formatPath(i.path) || '(body)',
      message: i.message,
    }));
    const first = issues[0];
    if (!first) return;
    throw new AppError('validation', `${first.path}: ${first.message}`, issues, {
      code: CONTROL_CHARACTER_CODE,
    });
  });
}

export const controlCharactersPlugin = fp(controlCharacters, { name: 'stratmap-control-characters' });
