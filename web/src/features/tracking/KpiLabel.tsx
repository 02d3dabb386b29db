import { Typography } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n';
import { TrendLink } from './TrendLink';
import type { TrackedKpi } from './types';

/**
 * A KPI as the tracking tables name it: its code, the link to its trend chart and its name, then
 * the unit — or, where given, other details in its place.
 */
export function KpiLabel({ planId, kpi, details }: { planId: number; kpi: TrackedKpi; details?: ReactNode }) {
  const { t } = useI18n();
  return (
    <>
      <Typography.Text code>{kpi.code}</Typography.Text> <TrendLink planId={planId} code={kpi.code} />{' '}
      {kpi.name}
      {details ?? (kpi.unit && <Typography.Text type="secondary">{t.unitLabel(kpi.unit)}</Typography.Text>)}
    </>
  );
}
