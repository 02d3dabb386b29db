import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { rateLimitCounters } from '../../db/schema';

/**
 * Counts one request in `bucket`'s fixed window (starting at its first request and lasting
 * `windowMs`), in one atomic statement, so every server process on the database shares the count.
 * Returns the count so far and the milliseconds left in the window.
 */
export async function countHit(
  db: DbOrTx,
  bucket: string,
  windowMs: number,
): Promise<{ hits: number; ttlMs: number }> {
  const windowEnd = sql`now() + make_interval(secs => ${windowMs / 1000})`;
  const lapsed = sql`${rateLimitCounters.windowEndsAt} <= now()`;
  const [row] = await db
    .insert(rateLimitCounters)
    .values({ bucket, hits: 1, windowEndsAt: windowEnd })
    .onConflictDoUpdate({
      target: rateLimitCounters.bucket,
      set: {
        hits: sql`case when ${lapsed} then 1 else ${rateLimitCounters.hits} + 1 end`,
        windowEndsAt: sql`case when ${lapsed} then ${windowEnd} else ${rateLimitCounters.windowEndsAt} end`,
      },
    })
    .returning({
      hits: rateLimitCounters.hits,
      ttlMs: sql<number>`greatest(0, extract(epoch from ${rateLimitCounters.windowEndsAt} - now()) * 1000)::float8`,
    });
  if (!row) throw new Error('counting a request returned no row');
  return { hits: row.hits, ttlMs: Number(row.ttlMs) };
}
