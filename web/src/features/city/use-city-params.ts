import { useSearchParams } from 'react-router';
import { defaultCityPeriod, defaultYear, periodOfYear } from './city-params';

/** Year and period of the overview, kept in the address (`?year=110&period=110Q2`) for reloads and links. */
export function useCityParams(years: number[]) {
  const [params, setParams] = useSearchParams();
  const askedYear = Number(params.get('year'));
  const year = years.includes(askedYear) ? askedYear : defaultYear(years);
  const period = year === null ? null : (periodOfYear(params.get('period'), year) ?? defaultCityPeriod(year));
  const set = (next: { year: number; period: string }) =>
    setParams(
      (q) => {
        const out = new URLSearchParams(q);
        out.set('year', String(next.year));
        out.set('period', next.period);
        return out;
      },
      { replace: true },
    );
  return {
    year,
    period,
    setYear: (y: number) => set({ year: y, period: defaultCityPeriod(y) }),
    setPeriod: (p: string) => year !== null && set({ year, period: p }),
  };
}
