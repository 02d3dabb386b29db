import type { AuditEntryRow } from '../../services/audit/list-audit-entries';

export function presentAuditEntry(e: AuditEntryRow) {
  return {
    id: e.id,
    at: e.at.toISOString(),
    actor: e.actor,
    action: e.action,
    entity: e.entity,
    entityId: e.entityId,
    orgId: e.orgId,
    planId: e.planId,
    before: e.before,
    after: e.after,
  };
}
