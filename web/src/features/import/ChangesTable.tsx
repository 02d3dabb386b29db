import { Table, Tag } from 'antd';
import { useI18n } from '../../i18n';
import type { PlanChange } from './types';

const COLOURS: Record<PlanChange['change'], string> = {
  added: 'green',
  removed: 'red',
  renamed: 'blue',
  recoded: 'purple',
  changed: 'gold',
};

/** What replacing a stored plan with the document would change, element by element. */
export function ChangesTable({ changes }: { changes: PlanChange[] }) {
  const { t } = useI18n();
  const changeLabel = (c: PlanChange['change']) =>
    ({
      added: t.changeAdded,
      removed: t.changeRemoved,
      renamed: t.changeRenamed,
      recoded: t.changeRecoded,
      changed: t.changeChanged,
    })[c];
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
          render: (c: PlanChange['change']) => <Tag color={COLOURS[c]}>{changeLabel(c)}</Tag>,
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
