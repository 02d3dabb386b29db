import { Card, Space, Table } from 'antd';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useI18n } from '../../i18n';
import { perspectiveLabel } from '../plans/perspective-label';
import { LightTag } from '../tracking/LightTag';
import type { PlanScores } from './types';

/** Every objective's light for the period, with its KPIs' lights; a KPI opens its trend below. */
export function ObjectivesTable({ scores }: { scores: PlanScores }) {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const kpisOf = useMemo(() => {
    const out = new Map<string, PlanScores['kpis']>();
    for (const k of scores.kpis) out.set(k.objective, [...(out.get(k.objective) ?? []), k]);
    return out;
  }, [scores.kpis]);
  const withKpi = (code: string) => {
    const next = new URLSearchParams(params);
    next.set('kpi', code);
    return `?${next.toString()}`;
  };
  const lightWord = (light: string) =>
    ({ green: t.lightGreen, yellow: t.lightYellow, red: t.lightRed })[light] ?? t.lightNone;

  return (
    <Card
      title={<h2 className="card-heading">{t.dashObjectives}</h2>}
      className="dashboard-card"
      data-testid="dashboard-objectives"
    >
      <Table
        size="small"
        rowKey="code"
        pagination={false}
        dataSource={scores.objectives}
        scroll={{ x: 760 }}
        columns={[
          { title: t.dashColCode, dataIndex: 'code', width: 80 },
          { title: t.colObjectives, dataIndex: 'name' },
          {
            title: t.colTheme,
            width: 90,
            render: (_, o) => o.theme ?? t.dashShared,
          },
          {
            title: t.colPerspective,
            width: 90,
            render: (_, o) => perspectiveLabel(t, o.perspective),
          },
          {
            title: t.dashColLight,
            width: 120,
            render: (_, o) => <LightTag light={o.light} achievement={o.achievement} />,
          },
          {
            title: t.colKpis,
            width: 230,
            render: (_, o) => (
              <Space orientation="vertical" size={2}>
                {(kpisOf.get(o.code) ?? []).map((k) => (
                  <Space key={k.code} size={4} wrap>
                    <Link
                      to={withKpi(k.code)}
                      replace
                      preventScrollReset
                      aria-label={t.dashKpiLight(k.code, lightWord(k.light))}
                      className="kpi-trend-link"
                    >
                      {k.code}
                    </Link>
                    <LightTag light={k.light} achievement={k.achievement} />
                  </Space>
                ))}
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
