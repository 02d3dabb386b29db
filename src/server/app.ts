import fastifyHelmet from '@fastify/helmet';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import type { Db } from '../db/client';
import { installErrorHandler } from './error-handler';
import { authenticationPlugin } from './plugins/authentication';
import { controlCharactersPlugin } from './plugins/control-characters';
import { auditRoutes } from './routes/audit';
import { authRoutes } from './routes/auth';
import { cascadeRoutes } from './routes/cascade';
import { exportRoutes } from './routes/exports';
import { healthRoutes } from './routes/health';
import { importRoutes } from './routes/imports';
import { organizationRoutes } from './routes/organizations';
import { planElementRoutes } from './routes/plan-elements';
import { planRoutes } from './routes/plans';
import { scoreRoutes } from './routes/scores';
import { trackingRoutes } from './routes/tracking';
import { userRoutes } from './routes/users';
import { webRoutes } from './routes/web';
import { workflowRoutes } from './routes/workflow';

export interface AppOptions {
  db: Db;
  /** Pino logger options, or false for none (tests). */
  logger?: boolean | object;
  /** Largest request body accepted, in bytes. */
  bodyLimit?: number;
  /**
   * Fastify's `trustProxy`: which proxies may set X-Forwarded-For/-Proto (TRUST_PROXY). Off by
   * default, so a client cannot claim another address or https by sending the headers itself.
   */
  trustProxy?: FastifyServerOptions['trustProxy'];
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? 10 * 1024 * 1024,
    trustProxy: options.trustProxy ?? false,
  });
  const routes: { method: string; url: string }[] = [];
  app.decorate('stratmap', { db: options.db, routes });
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routes.push({ method, url: route.url });
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // antd writes its styles at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        // Served over plain http inside an intranet too; forcing https would break asset loading.
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(authenticationPlugin);
  await app.register(controlCharactersPlugin);

  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Stratmap API',
        description: '策略地圖與平衡計分卡管理系統 — organisations, plans and every plan element',
        version: '1.0.0',
      },
    },
    transform: jsonSchemaTransform,
    // Schemas with an id (the error body) become components that every route refers to.
    transformObject: jsonSchemaTransformObject,
  });

  await app.register(healthRoutes);
  await app.register(organizationRoutes);
  await app.register(planRoutes);
  await app.register(planElementRoutes);
  await app.register(auditRoutes);
  await app.register(authRoutes);
  await app.register(userRoutes);
  await app.register(workflowRoutes);
  await app.register(importRoutes);
  await app.register(exportRoutes);
  await app.register(trackingRoutes);
  await app.register(scoreRoutes);
  await app.register(cascadeRoutes);

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await app.register(webRoutes);
  return app;
}
