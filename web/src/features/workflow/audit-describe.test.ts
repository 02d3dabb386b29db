import { describe, expect, it } from 'vitest';
import { zhTW } from '../../i18n/zh-TW';
import { describeAudit } from './audit-describe';

const base = { id: 1, at: '2021-03-30T02:00:00Z', actor: 'editor', entityId: 5 };

describe('audit entries in words', () => {
  it('names a rename with the old and new label and the fields changed', () => {
    const d = describeAudit(zhTW, {
      ...base,
      action: 'update',
      entity: 'objective',
      before: { code: 'AC1', name: '舊名', version: 1 },
      after: { code: 'AC1', name: '新名', version: 2 },
    });
    expect(d).toEqual({ what: '修改策略目標 AC1 舊名 → AC1 新名', detail: '變更欄位：name' });
  });

  it('gives workflow steps and their reasons', () => {
    const d = describeAudit(zhTW, {
      ...base,
      action: 'workflow.reopen',
      entity: 'plan',
      before: {},
      after: { status: 'draft', reason: '補充KPI' },
    });
    expect(d).toEqual({ what: '流程：重新開啟', detail: '補充KPI' });
  });

  it('names deleted elements by what they were', () => {
    const d = describeAudit(zhTW, {
      ...base,
      action: 'delete',
      entity: 'kpi',
      before: { code: 'AC1.1', name: '借閱率' },
      after: null,
    });
    expect(d.what).toBe('刪除KPI AC1.1 借閱率');
  });
});
