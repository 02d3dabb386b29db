import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Db } from '../db/client';
import { installErrorHandler } from './error-handler';
import { auditRoutes } from './routes/audit';
import { healthRoutes } from './routes/health';
import { importRoutes } from './routes/imports';
import { organizationRoutes } from './routes/organizations';
import { planElementRoutes } from './routes/plan-elements';
import { planRoutes } from './routes/plans';

export interface AppOptions {
  db: Db;
  /** Pino logger options, or false for none (tests). */
  logger?: boolean | object;
  /** Largest request body accepted, in bytes. */
  bodyLimit?: number;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? 10 * 1024 * 1024,
  });
  app.decorate('stratmap', { db: options.db });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);

  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Stratmap API',
        description: '策略地圖與平衡計分卡管理系統 — organisations, plans and every plan element',
        version: '1.0.0',
      },
    },
    transform: jsonSchemaTransform,
  });

  await app.register(healthRoutes);
  await app.register(organizationRoutes);
  await app.register(planRoutes);
  await app.register(planElementRoutes);
  await app.register(auditRoutes);
  await app.register(importRoutes);

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  return app;
}
