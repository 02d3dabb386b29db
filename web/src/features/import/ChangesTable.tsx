import { Table, Tag } from 'antd';
import { CHANGE_COLOURS, changeLabel } from '../../components/change-kinds';
import { useI18n } from '../../i18n';
import type { PlanChange } from './types';

/** What replacing a stored plan with the document would change, element by element. */
export function ChangesTable({ changes }: { changes: PlanChange[] }) {
  const { t } = useI18n();
  if (changes.length === 0) return <p>{t.importNoChanges}</p>;
  return (
    <Table
      size="small"
      data-testid="import-changes"
      rowKey={(c, i) => `${c.element}:${c.code}:${c.field}:${i}`}
      dataSource={changes}
      pagination={changes.length > 15 ? { pageSize: 15, showSizeChanger: false } : false}
      columns={[
        { title: t.importElement, dataIndex: 'element', width: 100, render: (e: string) => t.elementKind(e) },
        {
          title: t.importChange,
          dataIndex: 'change',
          width: 90,
          render: (c: PlanChange['change']) => <Tag color={CHANGE_COLOURS[c]}>{changeLabel(t, c)}</Tag>,
        },
        {
          title: t.importCodes,
          width: 130,
          render: (_, c) => (c.fromCode ? `${c.fromCode} → ${c.code}` : c.code),
        },
        { title: t.importField, dataIndex: 'field', width: 100, render: (f: string | null) => f ?? '' },
        { title: t.importBefore, dataIndex: 'before', render: (v: string | null) => v ?? '' },
        { title: t.importAfter, dataIndex: 'after', render: (v: string | null) => v ?? '' },
      ]}
    />
  );
}
