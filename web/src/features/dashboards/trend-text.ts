import { type Locale, periodLabel } from '../../../../src/domain/periods';
import type { Dictionary } from '../../i18n/zh-TW';
import type { TrendPoint } from './trend';

/** How a trend point reads in the table and the chart's tooltip, in the user's language. */
export function trendText(t: Dictionary, locale: Locale) {
  const number = new Intl.NumberFormat(locale === 'en' ? 'en' : 'zh-TW', { maximumFractionDigits: 2 });
  const target = (p: TrendPoint) =>
    p.targetMin !== null && p.targetMax !== null
      ? `${number.format(p.targetMin)}–${number.format(p.targetMax)}`
      : p.target !== null
        ? number.format(p.target)
        : '—';
  const actual = (p: TrendPoint) =>
    p.missingYear
      ? t.dashNoPlanYear
      : p.actual !== null
        ? number.format(p.actual)
        : p.target !== null || p.targetMin !== null
          ? t.dashNotReported
          : '—';
  const light = (p: TrendPoint) =>
    ({ green: t.lightGreen, yellow: t.lightYellow, red: t.lightRed, none: t.lightNone })[p.light];
  /** Only dictionary words, period labels and numbers: nothing typed by users goes into the HTML. */
  const tooltip = (p: TrendPoint | undefined) => {
    if (!p) return '';
    const title = periodLabel(p.period, locale);
    if (p.missingYear) return `${title}<br/>${t.dashNoPlanYear}`;
    const achieved =
      p.achievement !== null ? `（${light(p)} ${Math.round(p.achievement * 1000) / 10}%）` : '';
    return `${title}<br/>${t.dashTarget}：${target(p)}<br/>${t.dashActual}：${actual(p)}${achieved}`;
  };
  return { target, actual, light, tooltip };
}
