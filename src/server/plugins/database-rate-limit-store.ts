import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { Db } from '../../db/client';
import { countHit } from '../../services/auth/rate-limit-counters';

/**
 * A store for @fastify/rate-limit that keeps its counters in the database, so that several server
 * processes enforce one limit (the plugin's default store is per process). Each route gets its own
 * buckets.
 */
export function databaseRateLimitStore(db: Db): FastifyRateLimitStoreCtor {
  class DatabaseStore implements FastifyRateLimitStore {
    constructor(
      _options: unknown,
      private readonly prefix = 'global',
    ) {}

    incr(
      key: string,
      callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
      timeWindow: number,
    ): void {
      countHit(db, `${this.prefix}|${key}`, timeWindow).then(
        ({ hits, ttlMs }) => callback(null, { current: hits, ttl: ttlMs }),
        (error: Error) => callback(error),
      );
    }

    /** The plugin passes the route's merged settings, the route itself under `routeInfo`. */
    child(settings: object): FastifyRateLimitStore {
      const route = (settings as { routeInfo?: { method?: unknown; url?: unknown } }).routeInfo;
      return new DatabaseStore(undefined, `${String(route?.method)} ${String(route?.url)}`);
    }
  }
  return DatabaseStore;
}
