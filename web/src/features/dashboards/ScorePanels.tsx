import { Card, Col, Row, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { useI18n } from '../../i18n';
import { perspectiveLabel } from '../plans/perspective-label';
import { LightTag } from '../tracking/LightTag';
import { type ScoreBar, scoreBarsOption } from './chart-options';
import { chartFont } from './chart-style';
import { EChart } from './EChart';
import type { GroupScore, PlanScores, Thresholds } from './types';

const percentText = (a: number | null, na: string) => (a === null ? na : `${Math.round(a * 1000) / 10}%`);

interface Group extends ScoreBar, GroupScore {
  key: string;
}

/** A bar chart and the table with the same numbers: the chart for the eye, the table for everyone. */
function ScoreGroup({
  title,
  chartLabel,
  groups,
  thresholds,
  testId,
}: {
  title: string;
  chartLabel: string;
  groups: Group[];
  thresholds: Thresholds;
  testId: string;
}) {
  const { t } = useI18n();
  const option = useMemo(
    () =>
      scoreBarsOption(groups, thresholds, {
        font: chartFont(),
        na: t.dashNa,
        green: t.dashGreenLine,
        yellow: t.dashYellowLine,
      }),
    [groups, thresholds, t],
  );
  return (
    <section className="score-group" data-testid={testId}>
      <Typography.Title level={3}>{title}</Typography.Title>
      <EChart
        option={option}
        height={72 + groups.length * 36}
        label={chartLabel}
        testId={`${testId}-chart`}
      />
      <Table
        size="small"
        className="score-table"
        rowKey="key"
        pagination={false}
        dataSource={groups}
        data-testid={`${testId}-table`}
        columns={[
          { title: t.dashColName, dataIndex: 'label' },
          {
            title: t.dashColAchievement,
            align: 'right',
            width: 96,
            render: (_, g) => percentText(g.achievement, t.dashNa),
          },
          { title: t.dashColLight, width: 96, render: (_, g) => <LightTag light={g.light} /> },
          { title: t.dashColCounted, align: 'right', width: 96, dataIndex: 'counted' },
        ]}
      />
    </section>
  );
}

/** The plan's score for the period, then its themes' and perspectives' scores side by side. */
export function ScorePanels({ scores, periodText }: { scores: PlanScores; periodText: string }) {
  const { t } = useI18n();
  const thresholds = scores.settings.thresholds;
  const themes = useMemo<Group[]>(
    () =>
      scores.themes.map((th) => ({
        ...th,
        key: th.letter,
        label: `${th.letter} ${th.name ?? ''}`.trim(),
      })),
    [scores.themes],
  );
  const perspectives = useMemo<Group[]>(
    () =>
      scores.perspectives.map((p) => ({
        ...p,
        key: p.perspective,
        label: `${perspectiveLabel(t, p.perspective)} ${p.perspective}`,
      })),
    [scores.perspectives, t],
  );
  const pct = (x: number) => Math.round(x * 1000) / 10;

  return (
    <Card
      title={<h2 className="card-heading">{t.dashOverview(periodText)}</h2>}
      className="dashboard-card"
      data-testid="dashboard-scores"
    >
      <div className="plan-score" data-testid="plan-score">
        <span className="plan-score-label">{t.dashPlanScore}</span>
        <span className="plan-score-value" data-light={scores.plan.light}>
          {percentText(scores.plan.achievement, t.dashNa)}
        </span>
        <LightTag light={scores.plan.light} />
      </div>
      <Typography.Paragraph type="secondary">
        {t.dashThresholds(pct(thresholds.green), pct(thresholds.yellow))}
      </Typography.Paragraph>
      <Row gutter={[32, 16]}>
        <Col xs={24} xl={12}>
          {themes.length > 0 ? (
            <ScoreGroup
              title={t.dashThemeScores}
              chartLabel={t.dashThemeChart}
              groups={themes}
              thresholds={thresholds}
              testId="theme-scores"
            />
          ) : (
            <Typography.Paragraph type="secondary">{t.dashNoThemes}</Typography.Paragraph>
          )}
        </Col>
        <Col xs={24} xl={12}>
          <ScoreGroup
            title={t.dashPerspectiveScores}
            chartLabel={t.dashPerspectiveChart}
            groups={perspectives}
            thresholds={thresholds}
            testId="perspective-scores"
          />
        </Col>
      </Row>
    </Card>
  );
}
