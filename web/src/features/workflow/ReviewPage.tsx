import { Card, Col, Row } from 'antd';
import { useI18n } from '../../i18n';
import { usePlan } from '../plans/plan-context';
import { CommentsPanel } from './CommentsPanel';
import { HistoryTimeline } from './HistoryTimeline';

/** Review comments on the whole plan and on its elements, beside the plan's history. */
export default function ReviewPage() {
  const { t } = useI18n();
  const { plan, rights, reload } = usePlan();
  return (
    <Row gutter={[24, 24]} className="review-page">
      <Col xs={24} xl={12}>
        <Card title={t.commentsTitle}>
          <CommentsPanel planId={plan.id} canComment={rights.comment} onChange={reload} />
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card title={t.historyTitle}>
          <HistoryTimeline planId={plan.id} changedAt={plan.updatedAt} />
        </Card>
      </Col>
    </Row>
  );
}
