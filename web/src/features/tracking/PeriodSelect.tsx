import { Select } from 'antd';
import { useMemo } from 'react';
import { useI18n } from '../../i18n';
import { periodOptions } from './period-options';

export function PeriodSelect({
  year,
  value,
  onChange,
}: {
  year: number;
  value: string;
  onChange(p: string): void;
}) {
  const { t, locale } = useI18n();
  const options = useMemo(() => periodOptions(year, locale), [year, locale]);
  return (
    <Select
      aria-label={t.trackPeriod}
      className="period-select"
      value={value}
      onChange={onChange}
      options={options}
      data-testid="period-select"
    />
  );
}
