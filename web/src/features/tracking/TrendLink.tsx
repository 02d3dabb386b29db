import { LineChartOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useI18n } from '../../i18n';

/** The KPI's trend chart on the plan's dashboard. */
export function TrendLink({ planId, code }: { planId: number; code: string }) {
  const { t } = useI18n();
  const label = t.trkTrend(code);
  return (
    <Link
      to={`/plans/${planId}/dashboard?kpi=${encodeURIComponent(code)}`}
      aria-label={label}
      title={label}
      className="trend-link"
      data-testid="trend-link"
    >
      <LineChartOutlined />
    </Link>
  );
}
