import { Alert, Button, Card, Empty, Space, Spin, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { periodLabel } from '../../../../src/domain/periods';
import { useApi } from '../../api/use-api';
import { useI18n } from '../../i18n';
import { useSession } from '../auth/session';
import { inboxCount, inboxGroups } from '../tracking/inbox-groups';
import type { Inbox } from '../tracking/types';
import { ShortList } from './ShortList';

/** KPI codes shown per group before "N more": enough to recognise, short enough for a card. */
const CODES_SHOWN = 6;

/**
 * "Updates due": for each plan the user reports on, the KPIs whose actual for the period just
 * ended is missing and the red results still lacking an explanation, each linking to the grid.
 * Only for those who may enter results (the API lists nothing for viewers).
 */
export function InboxCard() {
  const { t, locale } = useI18n();
  const { me } = useSession();
  const reports = (me?.grants ?? []).some((g) => g.role !== 'viewer');
  const inbox = useApi<Inbox>(reports ? '/api/inbox' : null);
  if (!reports) return null;
  const count = inboxCount(inbox.data);

  return (
    <Card
      title={<h2 className="card-heading">{t.trkInboxTitle}</h2>}
      extra={
        inbox.data &&
        count > 0 && <Tag color="orange">{t.trkInboxSummary(inbox.data.plans.length, count)}</Tag>
      }
      className="home-inbox"
      data-testid="home-inbox"
    >
      {inbox.error && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t.errorTitle}
          action={
            <Button size="small" onClick={inbox.reload}>
              {t.retry}
            </Button>
          }
        />
      )}
      {!inbox.data && !inbox.error && <Spin aria-label={t.loading} />}
      {inbox.data && count === 0 && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.trkInboxNothing} />
      )}
      {inbox.data && count > 0 && (
        <ShortList
          items={inbox.data.plans}
          render={(plan) => (
            <section className="inbox-plan" data-testid="inbox-plan">
              <Typography.Text strong>
                <Link to={`/plans/${plan.planId}/tracking`}>
                  {plan.org} {t.rocYear(plan.year)}
                </Link>
              </Typography.Text>
              {inboxGroups(plan).map((g) => {
                const label = periodLabel(g.period, locale);
                const shown = g.kpis.slice(0, CODES_SHOWN);
                return (
                  <div key={`${g.kind}@${g.period}`} className="inbox-group" data-kind={g.kind}>
                    <Space wrap size={4}>
                      <Tag color={g.kind === 'due' ? 'blue' : 'red'}>
                        {g.kind === 'due'
                          ? t.trkInboxDue(label, g.kpis.length)
                          : t.trkInboxUnexplained(label, g.kpis.length)}
                      </Tag>
                      <Link to={g.href} data-testid="inbox-link">
                        {t.trkInboxOpen}
                      </Link>
                    </Space>
                    <div className="inbox-kpis">
                      {shown.map((k) => (
                        <span key={k.code} title={k.name} className="inbox-kpi">
                          {k.code}
                        </span>
                      ))}
                      {g.kpis.length > shown.length && (
                        <Typography.Text type="secondary">
                          {t.trkInboxMore(g.kpis.length - shown.length)}
                        </Typography.Text>
                      )}
                    </div>
                  </div>
                );
              })}
            </section>
          )}
        />
      )}
    </Card>
  );
}
