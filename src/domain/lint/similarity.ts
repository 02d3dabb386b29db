/**
 * How alike two names are, for telling a typo or a reworded name (培育 vs 培植, a dropped 各)
 * apart from a different thing printed under the wrong code (EP1 named 提高預算執行效能).
 */

/** Name with spacing and punctuation removed, so that 「數據，管控」 and 「數據管控」 agree. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').replace(/[\s\p{P}\p{S}]+/gu, '');
}

function lcsLength(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  let cur = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? (prev[j - 1] ?? 0) + 1 : Math.max(prev[j] ?? 0, cur[j - 1] ?? 0);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length] ?? 0;
}

/** 0 (nothing in common) … 1 (same key): longest common subsequence over the longer length. */
export function nameSimilarity(a: string, b: string): number {
  const ka = [...nameKey(a)];
  const kb = [...nameKey(b)];
  if (ka.length === 0 && kb.length === 0) return 1;
  const longer = Math.max(ka.length, kb.length);
  return lcsLength(ka, kb) / longer;
}

/** Below this, two names under one code are treated as two different things. */
export const SAME_THING_THRESHOLD = 0.5;

export function isSameThing(a: string, b: string): boolean {
  return nameSimilarity(a, b) >= SAME_THING_THRESHOLD;
}
