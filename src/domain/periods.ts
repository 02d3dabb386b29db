/**
 * Reporting periods in ROC years (民國; 110 = 2021): `110` (year), `110H1`/`110H2`,
 * `110Q1`…`110Q4`, `110M01`…`110M12`. Calendar facts are read in Asia/Taipei, where the
 * reporting offices are, whatever the server's own time zone.
 */
import type { Message } from './formula/types';

export const FREQUENCIES = ['year', 'half', 'quarter', 'month'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export interface Period {
  /** ROC year, 1–999. */
  year: number;
  frequency: Frequency;
  /** 1-based position within the year (always 1 for a year). */
  index: number;
}

const ROC_OFFSET = 1911;
const TIME_ZONE = 'Asia/Taipei';
const MONTHS_PER: Record<Frequency, number> = { year: 12, half: 6, quarter: 3, month: 1 };
const COUNT_PER_YEAR: Record<Frequency, number> = { year: 1, half: 2, quarter: 4, month: 12 };
const LETTER: Record<Frequency, string> = { year: '', half: 'H', quarter: 'Q', month: 'M' };
const PATTERN = /^(\d{1,3})(?:([HQM])(\d{1,2}))?$/;

export type PeriodResult = { ok: true; period: Period } | { ok: false; error: Message };

/** Accepts what a person types (`110q1`, `１１０Ｍ3`, ` 110 `) and returns the period it means. */
export function parsePeriod(text: string): PeriodResult {
  const bad = (why: Message): PeriodResult => ({
    ok: false,
    error: {
      zh: `期別「${text}」${why.zh}；請寫成 110、110H1、110Q1 或 110M01`,
      en: `period "${text}" ${why.en}; write 110, 110H1, 110Q1 or 110M01`,
    },
  });
  if (typeof text !== 'string') return bad({ zh: '不是文字', en: 'is not text' });
  const m = PATTERN.exec(text.normalize('NFKC').trim().toUpperCase());
  if (!m) return bad({ zh: '格式不對', en: 'is not a period' });
  const year = Number(m[1]);
  if (year < 1) return bad({ zh: '的民國年必須大於 0', en: 'must have a ROC year above 0' });
  if (m[2] === undefined) return { ok: true, period: { year, frequency: 'year', index: 1 } };
  const frequency = m[2] === 'H' ? 'half' : m[2] === 'Q' ? 'quarter' : 'month';
  const index = Number(m[3]);
  const max = COUNT_PER_YEAR[frequency];
  if (index < 1 || index > max) {
    return bad({ zh: `的序號必須是 1 到 ${max}`, en: `must be numbered 1 to ${max}` });
  }
  return { ok: true, period: { year, frequency, index } };
}

export function isPeriod(text: string): boolean {
  return parsePeriod(text).ok;
}

/** Scoring reads the same few dozen period texts thousands of times per city. */
const known = new Map<string, Period>();

/** Reads a period, throwing for text that is not one; for trusted values only. */
export function toPeriod(p: string | Period): Period {
  if (typeof p !== 'string') return p;
  const cached = known.get(p);
  if (cached) return { ...cached };
  const r = parsePeriod(p);
  if (!r.ok) throw new Error(r.error.en);
  if (known.size < 10_000) known.set(p, r.period);
  return { ...r.period };
}

/** The canonical text: `110`, `110H1`, `110Q1`, `110M01`. */
export function formatPeriod(p: Period): string {
  if (p.frequency === 'year') return String(p.year);
  const n = p.frequency === 'month' ? String(p.index).padStart(2, '0') : String(p.index);
  return `${p.year}${LETTER[p.frequency]}${n}`;
}

/** Canonical text of what a person typed, or `null` when it is not a period. */
export function normalizePeriod(text: string): string | null {
  const r = parsePeriod(text);
  return r.ok ? formatPeriod(r.period) : null;
}

export function periodFrequency(p: string | Period): Frequency {
  return toPeriod(p).frequency;
}

export function periodsOfYear(year: number, frequency: Frequency): Period[] {
  return Array.from({ length: COUNT_PER_YEAR[frequency] }, (_, i) => ({ year, frequency, index: i + 1 }));
}

/** First and last month (1–12) of a period. */
export function periodMonths(p: string | Period): { first: number; last: number } {
  const { frequency, index } = toPeriod(p);
  const size = MONTHS_PER[frequency];
  return { first: (index - 1) * size + 1, last: index * size };
}

/** First and last calendar day as Gregorian `YYYY-MM-DD`, the form plan documents store dates in. */
export function periodDates(p: string | Period): { first: string; last: string } {
  const period = toPeriod(p);
  const y = period.year + ROC_OFFSET;
  const { first, last } = periodMonths(period);
  const lastDay = new Date(Date.UTC(y, last, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return { first: `${y}-${pad(first)}-01`, last: `${y}-${pad(last)}-${pad(lastDay)}` };
}

/** Whether `inner` lies within `outer` (a period contains itself). */
export function periodContains(outer: string | Period, inner: string | Period): boolean {
  const o = toPeriod(outer);
  const i = toPeriod(inner);
  if (o.year !== i.year) return false;
  const om = periodMonths(o);
  const im = periodMonths(i);
  return om.first <= im.first && im.last <= om.last;
}

/**
 * Orders periods by when they end, and a longer period after the shorter ones ending with it:
 * 110Q1 < 110H1 < 110Q3 < 110Q4 < 110H2 < 110. That is the order in which results are known.
 */
export function comparePeriods(a: string | Period, b: string | Period): number {
  const pa = toPeriod(a);
  const pb = toPeriod(b);
  const ea = pa.year * 12 + periodMonths(pa).last;
  const eb = pb.year * 12 + periodMonths(pb).last;
  if (ea !== eb) return ea - eb;
  return MONTHS_PER[pa.frequency] - MONTHS_PER[pb.frequency];
}

export function previousPeriod(p: string | Period): Period {
  const { year, frequency, index } = toPeriod(p);
  return index > 1
    ? { year, frequency, index: index - 1 }
    : { year: year - 1, frequency, index: COUNT_PER_YEAR[frequency] };
}

export function nextPeriod(p: string | Period): Period {
  const { year, frequency, index } = toPeriod(p);
  return index < COUNT_PER_YEAR[frequency]
    ? { year, frequency, index: index + 1 }
    : { year: year + 1, frequency, index: 1 };
}

const taipeiDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

/** The calendar date in Taipei of an instant: Gregorian year, month 1–12, day. */
export function taipeiDate(at: Date): { year: number; month: number; day: number } {
  const parts = Object.fromEntries(taipeiDay.formatToParts(at).map((x) => [x.type, x.value]));
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day) };
}

/** The period of a frequency in which an instant falls, by the calendar in Taipei. */
export function periodContaining(at: Date, frequency: Frequency): Period {
  const { year, month } = taipeiDate(at);
  return { year: year - ROC_OFFSET, frequency, index: Math.ceil(month / MONTHS_PER[frequency]) };
}

/** The period running now. */
export function currentPeriod(frequency: Frequency, now: Date = new Date()): Period {
  return periodContaining(now, frequency);
}

/** The last period that has ended, i.e. the one whose actuals are due for reporting now. */
export function lastCompletedPeriod(frequency: Frequency, now: Date = new Date()): Period {
  return previousPeriod(currentPeriod(frequency, now));
}

export type Locale = 'zh-TW' | 'en';

/** A Date for noon in Taipei on a period's first day: safely inside the day in every zone. */
function dateOf(isoDate: string): Date {
  return new Date(`${isoDate}T12:00:00+08:00`);
}

const rocYearFormat = new Intl.DateTimeFormat('zh-TW-u-ca-roc', { timeZone: TIME_ZONE, year: 'numeric' });
const rocMonthFormat = new Intl.DateTimeFormat('zh-TW-u-ca-roc', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: 'long',
});
const enMonthFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: 'short',
});

/** `民國110年第1季` / `2021 Q1`, `民國110年上半年` / `2021 H1`, `民國110年1月` / `Jan 2021`. */
export function periodLabel(p: string | Period, locale: Locale = 'zh-TW'): string {
  const period = toPeriod(p);
  const day = dateOf(periodDates(period).first);
  if (locale === 'en') {
    const y = period.year + ROC_OFFSET;
    if (period.frequency === 'year') return String(y);
    if (period.frequency === 'month') return enMonthFormat.format(day);
    return `${y} ${LETTER[period.frequency]}${period.index}`;
  }
  if (period.frequency === 'month') return rocMonthFormat.format(day);
  const year = rocYearFormat.format(day);
  if (period.frequency === 'year') return year;
  if (period.frequency === 'half') return `${year}${period.index === 1 ? '上半年' : '下半年'}`;
  return `${year}第${period.index}季`;
}

const rocDateFormat = new Intl.DateTimeFormat('zh-TW-u-ca-roc', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: 'long',
  day: 'numeric',
});
const enDateFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: 'long',
  day: 'numeric',
});

/**
 * `民國110年3月30日` (zh-TW, ROC calendar) or `March 30, 2021` (en, Gregorian). Takes an instant
 * or a plan document's `YYYY-MM-DD`, which is a Taipei calendar day, not midnight UTC.
 */
export function formatRocDate(date: Date | string, locale: Locale = 'zh-TW'): string {
  const d = typeof date === 'string' ? dateOf(date) : date;
  return (locale === 'en' ? enDateFormat : rocDateFormat).format(d);
}
