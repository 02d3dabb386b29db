import type { Dictionary } from '../../i18n/zh-TW';
import { kindLabel } from '../editing/elements';

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: number | null;
  before: unknown;
  after: unknown;
}

const IGNORED = new Set(['id', 'version', 'updatedAt', 'createdAt', 'planId']);

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

function labelOf(entity: string, row: Record<string, unknown>): string {
  if (entity === 'link' && row.from && row.to) return `${row.from} → ${row.to}`;
  const code = row.code ?? row.letter;
  return [code, row.name].filter((p) => typeof p === 'string' && p).join(' ');
}

/** One line a planner can read for an audit entry: what was done to which element, and the fields changed. */
export function describeAudit(t: Dictionary, e: AuditEntry): { what: string; detail?: string } {
  const before = record(e.before);
  const after = record(e.after);
  const kind = kindLabel(t, e.entity);
  if (e.action.startsWith('workflow.')) {
    const step = e.action.slice('workflow.'.length);
    const names: Record<string, string> = {
      submit: t.wfSubmit,
      withdraw: t.wfWithdraw,
      approve: t.wfApprove,
      return: t.wfReturn,
      reopen: t.wfReopen,
      archive: t.wfArchive,
    };
    const reason = typeof after.reason === 'string' ? after.reason : undefined;
    return { what: t.auditWorkflow(names[step] ?? step), detail: reason };
  }
  if (e.entity === 'comment') {
    const body = typeof after.body === 'string' ? after.body : undefined;
    return e.action === 'resolve' ? { what: t.auditCommentResolve } : { what: t.auditComment, detail: body };
  }
  if (e.entity === 'plan' && e.action.startsWith('import')) return { what: t.auditImport };
  if (e.entity === 'plan' && e.action === 'copy') return { what: t.auditCopy };
  const label = labelOf(e.entity, e.action === 'delete' ? before : after);
  if (e.action === 'create') return { what: t.auditCreate(kind, label) };
  if (e.action === 'delete') return { what: t.auditDelete(kind, label) };
  if (e.action === 'update') {
    const changed = Object.keys(after).filter(
      (k) => !IGNORED.has(k) && JSON.stringify(after[k]) !== JSON.stringify(before[k]),
    );
    const previous = labelOf(e.entity, before);
    const name = previous && previous !== label ? `${previous} → ${label}` : label;
    return {
      what: t.auditUpdate(kind, name),
      detail: changed.length ? t.auditChanged(changed.join(', ')) : undefined,
    };
  }
  return { what: t.auditOther(e.action, kind) };
}
