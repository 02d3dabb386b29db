import { Table, Tag, Typography } from 'antd';
import type { Finding, Severity } from '../../api/types';
import { useI18n } from '../../i18n';
import { useSeverityLabel } from '../plans/FindingsList';

const COLOURS: Record<Severity, string> = { error: 'red', warning: 'orange', info: 'blue' };
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The importer's and linter's findings on a document, errors first, with the line they point at. */
export function FindingsTable({ findings }: { findings: Finding[] }) {
  const { t, locale } = useI18n();
  const severity = useSeverityLabel();
  const sorted = [...findings].sort(
    (a, b) => RANK[a.severity] - RANK[b.severity] || (a.line ?? 0) - (b.line ?? 0),
  );
  return (
    <Table
      size="small"
      data-testid="import-findings"
      rowKey={(f) => `${f.rule}:${f.line}:${f.codes.join(',')}:${f.message.zh}`}
      dataSource={sorted}
      pagination={sorted.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      locale={{ emptyText: t.findingsNone }}
      columns={[
        {
          title: t.importSeverity,
          dataIndex: 'severity',
          width: 80,
          render: (s: Severity) => <Tag color={COLOURS[s]}>{severity(s)}</Tag>,
        },
        { title: t.importRule, dataIndex: 'rule', width: 200, render: (r: string) => <code>{r}</code> },
        {
          title: t.importCodes,
          dataIndex: 'codes',
          width: 140,
          render: (codes: string[]) =>
            codes.map((c) => (
              <Typography.Text key={c} code>
                {c}
              </Typography.Text>
            )),
        },
        {
          title: t.importLine,
          dataIndex: 'line',
          width: 70,
          align: 'right',
          render: (l: number | null) => l ?? '—',
        },
        {
          title: t.importMessage,
          render: (_, f) => (
            <>
              {f.plan && (
                <Typography.Text type="secondary">
                  {f.plan.org} {t.rocYear(f.plan.year)}：
                </Typography.Text>
              )}
              {locale === 'en' ? f.message.en : f.message.zh}
            </>
          ),
        },
      ]}
    />
  );
}
