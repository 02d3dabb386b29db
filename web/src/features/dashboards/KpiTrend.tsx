import { Alert, Card, Empty, Select, Space, Table, Typography } from 'antd';
import { useEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { periodLabel } from '../../../../src/domain/periods';
import type { KpiDetail } from '../../api/types';
import { useApi } from '../../api/use-api';
import { PageError } from '../../components/PageState';
import { useI18n } from '../../i18n';
import { LightTag } from '../tracking/LightTag';
import { trendOption } from './chart-options';
import { chartFont } from './chart-style';
import { EChart } from './EChart';
import { axisLabels, trendOf, yearLabel } from './trend';
import { trendText } from './trend-text';
import type { KpiHistory } from './types';

/**
 * One KPI's actuals and targets over every period of every year the organisation has it, chosen
 * with `?kpi=<code>` (the address other pages link to) or the select box.
 */
export function KpiTrend({ planId, kpis }: { planId: number; kpis: KpiDetail[] }) {
  const { t, locale } = useI18n();
  const [params, setParams] = useSearchParams();
  const asked = params.get('kpi');
  const kpi = (asked ? kpis.find((k) => k.code === asked) : undefined) ?? kpis[0];
  const history = useApi<KpiHistory>(kpi ? `/api/plans/${planId}/kpis/${kpi.id}/history` : null);
  const data = history.data;
  const trend = useMemo(() => (data ? trendOf(data) : null), [data]);
  const card = useRef<HTMLDivElement>(null);
  const scrolledTo = useRef<string | null>(null);

  // Arriving with (or picking) a KPI from elsewhere on the page: bring its chart into view once.
  useEffect(() => {
    if (!asked || !data || scrolledTo.current === asked) return;
    scrolledTo.current = asked;
    card.current?.scrollIntoView({ block: 'start' });
  }, [asked, data]);

  const choose = (code: string) =>
    setParams(
      (q) => {
        const next = new URLSearchParams(q);
        next.set('kpi', code);
        return next;
      },
      { replace: true, preventScrollReset: true },
    );

  const text = useMemo(() => trendText(t, locale), [t, locale]);
  const option = useMemo(
    () =>
      trend && kpi
        ? trendOption(trend, axisLabels(trend, locale), {
            font: chartFont(),
            unit: kpi.unit,
            actual: t.dashActual,
            target: t.dashTarget,
            targetMin: t.dashTargetMin,
            targetMax: t.dashTargetMax,
            tooltip: (i) => text.tooltip(trend.points[i]),
          })
        : null,
    [trend, kpi, locale, t, text],
  );

  const rows = trend?.points.filter(
    (p) => p.missingYear || p.actual !== null || p.target !== null || p.targetMin !== null,
  );
  const years = data?.years.map((y) => yearLabel(y.year, locale)).join(t.listSeparator) ?? '';

  return (
    <Card
      ref={card}
      title={<h2 className="card-heading">{t.dashKpiTrend}</h2>}
      className="dashboard-card kpi-trend"
      data-testid="kpi-trend"
      id="kpi-trend"
    >
      {kpis.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.dashNoKpis} />
      ) : (
        <Space orientation="vertical" className="full-width" size="middle">
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            aria-label={t.dashKpiSelect}
            className="kpi-select no-print"
            value={kpi?.code}
            onChange={choose}
            options={kpis.map((k) => ({ value: k.code, label: `${k.code} ${k.name}` }))}
            data-testid="kpi-select"
          />
          {asked && !kpis.some((k) => k.code === asked) && (
            <Alert type="warning" showIcon title={t.dashKpiUnknown(asked)} />
          )}
          {kpi && (
            <Typography.Title level={3} className="kpi-trend-title">
              {kpi.code} {kpi.name}
              {kpi.unit && <Typography.Text type="secondary">{t.unitLabel(kpi.unit)}</Typography.Text>}
            </Typography.Title>
          )}
          {history.error && <PageError error={history.error} onRetry={history.reload} />}
          {trend && rows && rows.length === 0 && (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.dashTrendEmpty} />
          )}
          {trend && option && kpi && rows && rows.length > 0 && (
            <>
              <Typography.Paragraph type="secondary">{t.dashTrendHint(years)}</Typography.Paragraph>
              <EChart
                option={option}
                height={340}
                label={t.dashTrendChart(kpi.code)}
                testId="kpi-trend-chart"
              />
              <Table
                size="small"
                rowKey="period"
                pagination={false}
                dataSource={rows}
                data-testid="kpi-trend-table"
                columns={[
                  { title: t.dashColPeriod, render: (_, p) => periodLabel(p.period, locale) },
                  { title: t.dashTarget, align: 'right', render: (_, p) => text.target(p) },
                  { title: t.dashActual, align: 'right', render: (_, p) => text.actual(p) },
                  {
                    title: t.dashColLight,
                    render: (_, p) =>
                      p.missingYear ? null : <LightTag light={p.light} achievement={p.achievement} />,
                  },
                ]}
              />
            </>
          )}
        </Space>
      )}
    </Card>
  );
}
