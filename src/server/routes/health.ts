import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../services/errors';

export async function healthRoutes(app: FastifyInstance): Promise<void> {
  app.get(
    '/api/health',
    { schema: { tags: ['system'], summary: 'Liveness and database reachability' } },
    async () => {
      try {
        await app.stratmap.db.execute(sql`select 1`);
      } catch {
        throw new AppError('unavailable', 'the database is not reachable right now');
      }
      return { status: 'ok' };
    },
  );
}
