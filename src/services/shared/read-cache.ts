import { eq, sql } from 'drizzle-orm';
import { type DbOrTx, localTransactionCount } from '../../db/client';
import { changeGeneration } from '../../db/schema';

/**
 * Caches answers that are expensive to compute and read far more often than written (whole plan
 * documents, session principals). An entry is valid only at the change generation it was computed
 * at: every audited write increments the generation in its own transaction (writeAudit), so one
 * tiny query tells every server process whether anything changed since.
 */

export async function currentGeneration(db: DbOrTx): Promise<number> {
  const local = localTransactionCount(db);
  if (local !== undefined) return local;
  const [row] = await db
    .select({ value: changeGeneration.value })
    .from(changeGeneration)
    .where(eq(changeGeneration.id, 1));
  return Number(row?.value ?? 0);
}

/** Called by writeAudit: the increment commits (or rolls back) with the change it records. */
export async function bumpGeneration(db: DbOrTx): Promise<void> {
  await db
    .update(changeGeneration)
    .set({ value: sql`${changeGeneration.value} + 1` })
    .where(eq(changeGeneration.id, 1));
}

interface Entry<V> {
  generation: number;
  value: V;
}

/** A bounded map of generation-stamped values (least recently used first out). */
export class GenerationCache<K, V> {
  private readonly entries = new Map<K, Entry<V>>();

  constructor(private readonly capacity: number) {}

  get(key: K, generation: number): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.generation !== generation) {
      this.entries.delete(key);
      return undefined;
    }
    // Re-insert to mark as recently used.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: K, generation: number, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, { generation, value });
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value as K;
      this.entries.delete(oldest);
    }
  }

  clear(): void {
    this.entries.clear();
  }
}
