import { describe, expect, it } from 'vitest';
import { trackingRights } from './tracking-rights';

const plan = (status: 'draft' | 'submitted' | 'approved' | 'archived') => ({ orgId: 5, status });

describe('tracking rights', () => {
  it('lets reporters enter actuals but not set targets, on any plan but an archived one', () => {
    const r = trackingRights([{ orgId: 5, role: 'reporter' }], plan('approved'), [1]);
    expect(r).toMatchObject({ enter: true, targets: false, targetsBlock: 'role' });
    expect(trackingRights([{ orgId: 1, role: 'reporter' }], plan('archived'), [1]).enterBlock).toBe(
      'archived',
    );
  });

  it('gives viewers nothing, and says it is their role', () => {
    const r = trackingRights([{ orgId: 5, role: 'viewer' }], plan('draft'), []);
    expect(r).toMatchObject({ enter: false, enterBlock: 'role', targets: false, targetsBlock: 'role' });
    expect(trackingRights([{ orgId: 9, role: 'editor' }], plan('draft'), [1]).enterBlock).toBe('role');
  });

  it('lets editors set targets on drafts only, administrators also after submission', () => {
    const editor = [{ orgId: 5, role: 'editor' as const }];
    expect(trackingRights(editor, plan('draft'), []).targets).toBe(true);
    expect(trackingRights(editor, plan('submitted'), []).targetsBlock).toBe('submitted');
    expect(trackingRights(editor, plan('approved'), []).targetsBlock).toBe('approved');
    const admin = [{ orgId: null, role: 'admin' as const }];
    expect(trackingRights(admin, plan('approved'), [])).toMatchObject({
      targets: true,
      adminAdjusting: true,
    });
    expect(trackingRights(admin, plan('draft'), []).adminAdjusting).toBe(false);
    expect(trackingRights(admin, plan('archived'), [])).toMatchObject({
      targets: false,
      targetsBlock: 'archived',
    });
  });
});
