import { Card, Col, Descriptions, List, Row, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { cascadeKey } from '../../../../src/domain/map-layout';
import { StatusTag } from '../../components/StatusTag';
import { useI18n } from '../../i18n';
import { AddElementButton, ElementControls } from '../editing/ElementControls';
import { nextPosition } from '../editing/elements';
import { StatementsEditor } from '../editing/StatementsEditor';
import { useParentThemeNames } from '../map/use-parent-themes';
import { CountsTables } from './CountsTables';
import { FindingsList } from './FindingsList';
import { themesInOrder } from './model';
import { usePlan } from './plan-context';
import { ScoringSettingsCard } from './ScoringSettingsCard';

export default function PlanOverviewPage() {
  const { t, formatDate } = useI18n();
  const { plan, index, findings, reload } = usePlan();
  const total = index.countsOf(plan.objectives);
  const themes = themesInOrder(plan);
  const parentNames = useParentThemeNames(plan);

  return (
    <Row gutter={[24, 24]} className="overview">
      <Col xs={24} xl={16}>
        <Card className="overview-summary">
          <Typography.Title level={2} className="summary-line" data-testid="summary-line">
            {t.summaryLine(total.objectives, total.kpis)}
          </Typography.Title>
          <Typography.Paragraph type="secondary" data-testid="summary-detail">
            {t.summaryDetail(plan.themes.length, total.ksfs, total.actions)}
          </Typography.Paragraph>
          <Descriptions column={1} bordered size="small" className="overview-statements">
            <Descriptions.Item label={t.mission}>{plan.mission || t.none}</Descriptions.Item>
            <Descriptions.Item label={t.vision}>{plan.vision || t.none}</Descriptions.Item>
            <Descriptions.Item label={t.coreValues}>
              {plan.coreValues.length ? (
                <Space size={[4, 4]} wrap>
                  {plan.coreValues.map((v) => (
                    <Tag key={v} color="geekblue">
                      {v}
                    </Tag>
                  ))}
                </Space>
              ) : (
                t.none
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t.planStatus}>
              <StatusTag status={plan.status} />
            </Descriptions.Item>
            {plan.issued && (
              <Descriptions.Item label={t.planIssued}>{formatDate(plan.issued)}</Descriptions.Item>
            )}
            <Descriptions.Item label={t.planUpdated}>{formatDate(plan.updatedAt)}</Descriptions.Item>
          </Descriptions>
          <div className="statements-edit">
            <StatementsEditor plan={plan} onReload={reload} />
          </div>
        </Card>
        <Card
          title={t.themesTitle}
          className="overview-themes"
          extra={
            <Space size={12} wrap>
              <Link to={`/cascade?orgId=${plan.orgId}&year=${plan.year}`} data-testid="cascade-link">
                {t.cascadeLink}
              </Link>
              <AddElementButton kind="theme" defaults={{ position: nextPosition(plan.themes) }} />
            </Space>
          }
        >
          <List
            dataSource={themes}
            renderItem={(theme) => (
              <List.Item extra={<ElementControls kind="theme" element={theme} />}>
                <List.Item.Meta
                  title={
                    <Link to={`/plans/${plan.id}/scorecards/${encodeURIComponent(theme.letter)}`}>
                      <span className="theme-letter">{theme.letter}</span> {theme.name}
                    </Link>
                  }
                  description={
                    (theme.cascadesFrom || theme.lead || (theme.members ?? []).length > 0) && (
                      <Space size={[8, 4]} wrap>
                        {theme.cascadesFrom && (
                          <Tag>
                            <Link
                              to={`/cascade?orgId=${theme.cascadesFrom.orgId}&year=${theme.cascadesFrom.year ?? plan.year}`}
                              title={t.cascadeFromParent}
                            >
                              {t.cascadesFrom(theme.cascadesFrom.org ?? '', theme.cascadesFrom.letter)}{' '}
                              {parentNames[
                                cascadeKey(theme.cascadesFrom.org ?? '', theme.cascadesFrom.letter)
                              ] ?? ''}
                            </Link>
                          </Tag>
                        )}
                        {theme.lead && <span>{t.labelled(t.leadBureau, theme.lead)}</span>}
                        {theme.members && theme.members.length > 0 && (
                          <span>{t.labelled(t.memberBureaus, theme.members.join(t.listSeparator))}</span>
                        )}
                      </Space>
                    )
                  }
                />
              </List.Item>
            )}
          />
        </Card>
        <Card className="overview-counts">
          <CountsTables />
        </Card>
      </Col>
      <Col xs={24} xl={8}>
        <ScoringSettingsCard />
        <Card title={t.findingsTitle} className="overview-findings" data-testid="findings-card">
          <FindingsList findings={findings.data?.findings} unavailable={!!findings.error} />
        </Card>
      </Col>
    </Row>
  );
}
