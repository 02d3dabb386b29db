import { Alert, Empty, List, Space, Tag, Typography } from 'antd';
import type { Finding, Severity } from '../../api/types';
import { useI18n } from '../../i18n';

const COLOURS: Record<Severity, string> = { error: 'red', warning: 'orange', info: 'blue' };

export function useSeverityLabel() {
  const { t } = useI18n();
  return (s: Severity) =>
    ({ error: t.severityError, warning: t.severityWarning, info: t.severityInfo })[s] ?? s;
}

/** The linter's findings: severity, the source line when known, the codes involved and the message. */
export function FindingsList({
  findings,
  unavailable,
  onCode,
}: {
  findings: Finding[] | undefined;
  unavailable?: boolean;
  onCode?: (code: string) => void;
}) {
  const { t, locale } = useI18n();
  const severity = useSeverityLabel();
  if (unavailable) return <Alert type="info" showIcon title={t.findingsUnavailable} />;
  if (!findings) return null;
  if (findings.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.findingsNone} />;
  return (
    <List
      size="small"
      className="findings-list"
      data-testid="findings"
      dataSource={findings}
      renderItem={(f) => (
        <List.Item data-severity={f.severity}>
          <Space orientation="vertical" size={2}>
            <Space size={4} wrap>
              <Tag color={COLOURS[f.severity]}>{severity(f.severity)}</Tag>
              {f.line !== null && (
                <Typography.Text type="secondary">{t.findingsLine(f.line)}</Typography.Text>
              )}
              {f.codes.map((code) =>
                onCode ? (
                  <Typography.Link key={code} onClick={() => onCode(code)} className="finding-code">
                    {code}
                  </Typography.Link>
                ) : (
                  <Typography.Text key={code} code>
                    {code}
                  </Typography.Text>
                ),
              )}
            </Space>
            <span>{locale === 'en' ? f.message.en : f.message.zh}</span>
          </Space>
        </List.Item>
      )}
    />
  );
}
