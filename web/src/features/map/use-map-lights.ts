import { useMemo } from 'react';
import type { Light } from '../../../../src/domain/map-layout/types';
import { useApi } from '../../api/use-api';
import type { Scores } from '../tracking/types';

/** Each objective's light for the period, for the map cards (none while the scores load). */
export function useMapLights(planId: number, period: string): Record<string, Light> | undefined {
  const scores = useApi<Scores>(`/api/plans/${planId}/scores?period=${encodeURIComponent(period)}`);
  const data = scores.data;
  return useMemo(
    () => (data ? Object.fromEntries(data.objectives.map((o) => [o.code, o.light])) : undefined),
    [data],
  );
}
