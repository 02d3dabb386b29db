import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { formatRocDate } from '../../../src/domain/periods';
import { en } from './en';
import { type Dictionary, zhTW } from './zh-TW';

export type Locale = 'zh-TW' | 'en';

const STORAGE_KEY = 'stratmap.locale';
const DICTIONARIES: Record<Locale, Dictionary> = { 'zh-TW': zhTW, en };

interface I18n {
  locale: Locale;
  t: Dictionary;
  setLocale(locale: Locale): void;
  /** 民國110年3月30日 in zh-TW, a Gregorian date in English (Asia/Taipei either way). */
  formatDate(date: Date | string): string;
}

const I18nContext = createContext<I18n | null>(null);

function storedLocale(): Locale {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-TW';
  } catch {
    return 'zh-TW';
  }
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setState] = useState<Locale>(storedLocale);
  const setLocale = useCallback((next: Locale) => {
    setState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private browsing may refuse storage; the choice then lasts for this page only.
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale === 'en' ? 'en' : 'zh-Hant-TW';
  }, [locale]);
  const value = useMemo<I18n>(
    () => ({
      locale,
      t: DICTIONARIES[locale],
      setLocale,
      // A plan's `issued` is a Taipei calendar day; timestamps are instants.
      formatDate: (date) =>
        formatRocDate(typeof date === 'string' && date.length > 10 ? new Date(date) : date, locale),
    }),
    [locale, setLocale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
