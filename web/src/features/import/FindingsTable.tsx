import { Button, Table, Tag, Typography } from 'antd';
import type { Finding, Severity } from '../../api/types';
import { useI18n } from '../../i18n';
import { useSeverityLabel } from '../plans/FindingsList';

const COLOURS: Record<Severity, string> = { error: 'red', warning: 'orange', info: 'blue' };
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * The importer's and linter's findings on a document, errors first, with where they point: the
 * line of a text, or the slide, page or sheet and the line within it.
 */
export function FindingsTable({
  findings,
  onCode,
  compact,
}: {
  findings: Finding[];
  /** Makes each code a button (the import page marks its objective on the map). */
  onCode?: (code: string) => void;
  /** Beside a map: the rule id moves into the severity tag's tooltip. */
  compact?: boolean;
}) {
  const { t, locale } = useI18n();
  const severity = useSeverityLabel();
  const sorted = [...findings].sort(
    (a, b) =>
      RANK[a.severity] - RANK[b.severity] ||
      (a.page?.number ?? 0) - (b.page?.number ?? 0) ||
      (a.line ?? 0) - (b.line ?? 0),
  );
  const where = (f: Finding): string => {
    if (!f.page || f.page.kind === 'text') return f.line === null ? '—' : String(f.line);
    const page = t.importPage(f.page.kind, f.page.number);
    return f.line === null ? page : t.importPageLine(page, f.line);
  };
  return (
    <Table
      size="small"
      data-testid="import-findings"
      rowKey={(f) => `${f.rule}:${f.page?.number ?? ''}:${f.line}:${f.codes.join(',')}:${f.message.zh}`}
      dataSource={sorted}
      pagination={sorted.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      locale={{ emptyText: t.findingsNone }}
      columns={[
        {
          title: t.importSeverity,
          dataIndex: 'severity',
          width: 80,
          render: (s: Severity, f) => (
            <Tag color={COLOURS[s]} title={compact ? f.rule : undefined}>
              {severity(s)}
            </Tag>
          ),
        },
        ...(compact
          ? []
          : [
              { title: t.importRule, dataIndex: 'rule', width: 200, render: (r: string) => <code>{r}</code> },
            ]),
        {
          title: t.importCodes,
          dataIndex: 'codes',
          width: 140,
          render: (codes: string[]) =>
            codes.map((c) =>
              onCode ? (
                <Button key={c} type="link" size="small" className="finding-code" onClick={() => onCode(c)}>
                  {c}
                </Button>
              ) : (
                <Typography.Text key={c} code>
                  {c}
                </Typography.Text>
              ),
            ),
        },
        {
          title: findings.some((f) => f.page && f.page.kind !== 'text') ? t.importWhere : t.importLine,
          key: 'where',
          width: 150,
          render: (_, f) => where(f),
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
