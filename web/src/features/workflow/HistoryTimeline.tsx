import { Empty, Timeline, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useApi } from '../../api/use-api';
import { PageError, PageLoading } from '../../components/PageState';
import { useI18n } from '../../i18n';
import { type AuditEntry, describeAudit } from './audit-describe';

/** The plan's audit trail, newest first: who, when (民國 dates in zh-TW), what. */
export function HistoryTimeline({ planId, changedAt }: { planId: number; changedAt: string }) {
  const { t, formatDate, locale } = useI18n();
  const audit = useApi<{ entries: AuditEntry[] }>(`/api/audit?planId=${planId}&limit=200`);
  const seen = useRef(changedAt);
  const { reload } = audit;
  useEffect(() => {
    if (seen.current === changedAt) return;
    seen.current = changedAt;
    reload();
  }, [changedAt, reload]);

  if (audit.error) return <PageError error={audit.error} onRetry={audit.reload} />;
  if (!audit.data) return <PageLoading />;
  if (audit.data.entries.length === 0) return <Empty description={t.historyNone} />;
  const time = new Intl.DateTimeFormat(locale === 'en' ? 'en' : 'zh-TW', {
    timeZone: 'Asia/Taipei',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  });
  return (
    <Timeline
      className="history-timeline"
      data-testid="history"
      items={audit.data.entries.map((e) => {
        const { what, detail } = describeAudit(t, e);
        return {
          key: e.id,
          content: (
            <div data-testid="history-entry">
              <Typography.Text type="secondary" className="history-when">
                {formatDate(e.at)} {time.format(new Date(e.at))}
              </Typography.Text>
              <div>{t.historyEntry(e.actor, what)}</div>
              {detail && <Typography.Text type="secondary">{detail}</Typography.Text>}
            </div>
          ),
        };
      })}
    />
  );
}
