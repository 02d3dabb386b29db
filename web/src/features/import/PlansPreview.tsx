import { Table, Tag } from 'antd';
import type { PlanDocument } from '../../../../src/domain/plan-document';
import { useI18n } from '../../i18n';
import type { ImportPreview } from './types';

/** The plans a document holds, with the counts a planner checks against the paper. */
export function PlansPreview({ preview }: { preview: ImportPreview }) {
  const { t } = useI18n();
  const existing = (p: PlanDocument) =>
    preview.existing.some((e) => e.org === p.org.name && e.year === p.year);
  return (
    <Table
      size="small"
      pagination={false}
      rowKey={(p) => `${p.org.name}/${p.year}`}
      dataSource={preview.plans}
      data-testid="import-plans"
      columns={[
        { title: t.importOrg, render: (_, p) => p.org.name },
        { title: t.importYear, dataIndex: 'year', render: (y: number) => t.rocYear(y) },
        { title: t.colTheme, render: (_, p) => p.themes.length, align: 'right' },
        { title: t.colObjectives, render: (_, p) => p.objectives.length, align: 'right' },
        { title: t.colKpis, render: (_, p) => p.kpis.length, align: 'right' },
        {
          title: t.importState,
          render: (_, p) =>
            existing(p) ? <Tag color="orange">{t.importExists}</Tag> : <Tag color="green">{t.importNew}</Tag>,
        },
      ]}
    />
  );
}
