import { LineChartOutlined } from '@ant-design/icons';
import { Descriptions, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { KpiDetail } from '../../api/types';
import { useI18n } from '../../i18n';
import { AddElementButton, ElementControls } from '../editing/ElementControls';
import { nextChildCode, nextPosition } from '../editing/elements';
import { KpiScoringTags } from '../editing/KpiScoringTags';
import { usePlan } from '../plans/plan-context';
import { type CommentCount, commentKey } from './comment-targets';
import { ElementComments } from './ElementComments';

/** One KPI in the objective drawer: how it is scored, formula, unit, its action plans, comments and trend chart. */
export function DrawerKpi({
  kpi,
  counts,
  onCommented,
}: {
  kpi: KpiDetail;
  counts: Map<string, CommentCount>;
  onCommented: () => void;
}) {
  const { t } = useI18n();
  const { plan, index, rights } = usePlan();
  const actions = index.actionsOf(kpi.id);
  return (
    <section className="drawer-kpi" data-testid="drawer-kpi" aria-label={`${kpi.code} ${kpi.name}`}>
      <div className="drawer-kpi-title">
        <Typography.Text strong>
          <Tag color="green">{kpi.code}</Tag>
          {kpi.name}
        </Typography.Text>
        <ElementControls kind="kpi" element={kpi} />
        <ElementComments
          planId={plan.id}
          kind="kpi"
          code={kpi.code}
          label={kpi.code}
          name={kpi.name}
          count={counts.get(commentKey('kpi', kpi.code))}
          canComment={rights.comment}
          onChange={onCommented}
        />
        <Link
          className="kpi-trend no-print"
          to={`/plans/${plan.id}/dashboard?kpi=${encodeURIComponent(kpi.code)}`}
          aria-label={t.kpiTrendOf(kpi.code)}
          title={t.kpiTrendOf(kpi.code)}
          data-testid="kpi-trend"
        >
          <LineChartOutlined /> {t.kpiTrend}
        </Link>
      </div>
      <KpiScoringTags kpi={kpi} />
      <Descriptions size="small" column={1} className="drawer-kpi-details">
        <Descriptions.Item label={t.drawerFormula}>
          {/* One block, so the note goes under the formula rather than beside it. */}
          <div>
            {kpi.formula || t.none}
            {kpi.note && (
              <span className="kpi-note" data-testid="kpi-note">
                {t.kpiNote(kpi.note)}
              </span>
            )}
          </div>
        </Descriptions.Item>
        <Descriptions.Item label={t.drawerUnit}>{kpi.unit || t.none}</Descriptions.Item>
        <Descriptions.Item label={t.drawerActions}>
          {/* One block, so the add button goes under the list rather than beside it. */}
          <div className="drawer-actions-cell">
            {actions.length ? (
              <ul className="drawer-actions">
                {actions.map((a) => (
                  <li key={a.id}>
                    <Typography.Text type="secondary">{a.code}</Typography.Text> {a.name}
                    <span className="drawer-action-tools">
                      <ElementControls kind="action" element={a} />
                      <ElementComments
                        planId={plan.id}
                        kind="action"
                        code={a.code}
                        label={a.code}
                        name={a.name}
                        count={counts.get(commentKey('action', a.code))}
                        canComment={rights.comment}
                        onChange={onCommented}
                      />
                    </span>
                  </li>
                ))}
              </ul>
            ) : (
              t.drawerNoActions
            )}
            <AddElementButton
              kind="action"
              label={t.addActionTo(kpi.code)}
              defaults={{ code: nextChildCode(kpi.code, actions), position: nextPosition(actions) }}
            />
          </div>
        </Descriptions.Item>
      </Descriptions>
    </section>
  );
}
