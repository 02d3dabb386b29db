/**
 * The plan of another year to compare with: the one the address names when it is of the same
 * organisation, else the nearest earlier year, else the nearest later one.
 */
export function defaultOtherPlan<P extends { id: number; year: number }>(
  plans: P[],
  current: { id: number; year: number },
  asked: number | null,
): P | undefined {
  const others = plans.filter((p) => p.id !== current.id);
  const named = asked === null ? undefined : others.find((p) => p.id === asked);
  if (named) return named;
  const earlier = others.filter((p) => p.year < current.year).sort((a, b) => b.year - a.year)[0];
  return earlier ?? others.filter((p) => p.year > current.year).sort((a, b) => a.year - b.year)[0];
}
