import { Alert, Card, Descriptions, Empty, Input, Select, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { periodLabel } from '../../../../src/domain/periods';
import { useApi, useCall } from '../../api/use-api';
import { PageError, PageLoading } from '../../components/PageState';
import { useI18n } from '../../i18n';
import { DEFAULT_THRESHOLDS } from '../dashboards/types';
import { LightTag } from '../tracking/LightTag';
import { PeriodSelect } from '../tracking/PeriodSelect';
import { CityHeatmap } from './CityHeatmap';
import { CityTable } from './CityTable';
import { planYears } from './city-params';
import { type CityScores, filterRows, type HeatRow, heatRows } from './heatmap';
import { useCityParams } from './use-city-params';

/**
 * Every organisation's score for a year and period, overall and per city theme (heatmap and
 * table), with the city's own roll-up; an organisation opens its plan dashboard.
 */
export default function CityPage() {
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const orgs = useCall('orgs.list', {});
  const list = orgs.data?.organizations;
  const years = useMemo(() => planYears(list ?? []), [list]);
  const { year, period, setYear, setPeriod } = useCityParams(years);
  const scores = useApi<CityScores>(
    year !== null && period !== null
      ? `/api/city/scores?year=${year}&period=${encodeURIComponent(period)}`
      : null,
  );
  const data = scores.data;
  const thresholds = data?.thresholds ?? DEFAULT_THRESHOLDS;
  const [query, setQuery] = useState('');

  const rows = useMemo(
    () => (data && list ? heatRows(data, list, thresholds) : []),
    [data, list, thresholds],
  );
  const shown = useMemo(() => filterRows(rows, query), [rows, query]);
  const columns = useMemo(
    () => [
      { letter: null, label: t.cityOverallColumn },
      ...(data?.city.themes ?? []).map((th) => ({
        letter: th.letter,
        label: th.name && th.name !== th.letter ? `${th.letter} ${th.name}` : th.letter,
      })),
    ],
    [data, t],
  );

  if (orgs.error) return <PageError error={orgs.error} onRetry={orgs.reload} />;
  if (!list) return <PageLoading />;
  const dashboardOf = (row: HeatRow) =>
    row.planId === null || !data ? null : `/plans/${row.planId}/dashboard?period=${data.period}`;
  const open = (row: HeatRow) => {
    const to = dashboardOf(row);
    if (to) navigate(to);
  };

  return (
    <div className="city-page" data-testid="city-page">
      <Typography.Title level={1}>{t.cityTitle}</Typography.Title>
      {year === null || period === null ? (
        <Empty description={t.cityNoYears} />
      ) : (
        <>
          <Space className="dashboard-toolbar no-print" wrap>
            <Typography.Text strong id="city-year-label">
              {t.cityYear}
            </Typography.Text>
            <Select
              aria-labelledby="city-year-label"
              className="year-select"
              value={year}
              onChange={setYear}
              options={years.map((y) => ({ value: y, label: t.rocYear(y) }))}
              data-testid="city-year"
            />
            <Typography.Text strong>{t.trackPeriod}</Typography.Text>
            <PeriodSelect year={year} value={period} onChange={setPeriod} />
          </Space>
          {scores.error && <PageError error={scores.error} onRetry={scores.reload} />}
          {!data && !scores.error && <PageLoading />}
          {data && (
            <div className={scores.loading ? 'dashboard-stale' : undefined} aria-busy={scores.loading}>
              <Card
                title={
                  <h2 className="card-heading">{`${data.city.org}・${periodLabel(data.period, locale)}`}</h2>
                }
                className="dashboard-card"
                data-testid="city-summary"
              >
                <div className="plan-score" data-testid="city-score">
                  <span className="plan-score-label">{t.cityScore}</span>
                  <span className="plan-score-value">
                    {data.plan.achievement === null
                      ? t.dashNa
                      : `${Math.round(data.plan.achievement * 1000) / 10}%`}
                  </span>
                  <LightTag light={data.plan.light} />
                </div>
                {data.themes.length > 0 ? (
                  <Descriptions
                    size="small"
                    bordered
                    title={t.cityThemeScores}
                    column={{ xs: 1, md: 2, xxl: 4 }}
                    data-testid="city-themes"
                    items={data.themes.map((th) => ({
                      key: th.letter,
                      label: th.name && th.name !== th.letter ? `${th.letter} ${th.name}` : th.letter,
                      children: (
                        <Space size={4} wrap>
                          <LightTag light={th.light} achievement={th.achievement} />
                          <Typography.Text type="secondary">{t.cityContributors(th.counted)}</Typography.Text>
                        </Space>
                      ),
                    }))}
                  />
                ) : (
                  <Alert type="info" showIcon title={t.cityNoThemes} />
                )}
              </Card>
              {rows.length === 0 ? (
                <Card className="dashboard-card">
                  <Empty description={t.cityNoPlans(t.rocYear(data.year))} />
                </Card>
              ) : (
                <Card
                  title={<h2 className="card-heading">{t.cityHeatmap}</h2>}
                  className="dashboard-card"
                  extra={
                    <Input.Search
                      allowClear
                      className="city-search no-print"
                      placeholder={t.citySearch}
                      aria-label={t.citySearch}
                      value={query}
                      onChange={(e) => setQuery(e.target.value)}
                      data-testid="city-search"
                    />
                  }
                >
                  <Typography.Paragraph type="secondary">{t.cityHeatmapHint}</Typography.Paragraph>
                  <Typography.Paragraph strong data-testid="city-count">
                    {t.cityCount(shown.length, rows.length)}
                  </Typography.Paragraph>
                  {shown.length === 0 ? (
                    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.cityNoMatch} />
                  ) : (
                    <>
                      <CityHeatmap rows={shown} columns={columns} onOpen={open} />
                      <Typography.Title level={3} className="city-table-title">
                        {t.cityTable}
                      </Typography.Title>
                      <CityTable rows={shown} columns={columns} linkTo={dashboardOf} />
                    </>
                  )}
                </Card>
              )}
            </div>
          )}
        </>
      )}
    </div>
  );
}
