import { useSearchParams } from 'react-router';
import { isPeriod } from '../../../../src/domain/periods';
import { defaultPeriod } from './period-options';

/** The period a page shows, kept in the address (`?period=110Q1`) so a reload or a link keeps it. */
export function usePeriod(year: number): [string, (p: string) => void] {
  const [params, setParams] = useSearchParams();
  const asked = params.get('period');
  const period = asked && isPeriod(asked) && asked.startsWith(String(year)) ? asked : defaultPeriod(year);
  const set = (p: string) =>
    setParams(
      (q) => {
        const next = new URLSearchParams(q);
        next.set('period', p);
        return next;
      },
      { replace: true },
    );
  return [period, set];
}
