import { describe, expect, it } from 'vitest';
import { ancestorsOf, planRights } from './rights';

const parents = new Map<number, number | null>([
  [1, null],
  [2, 1],
  [3, 2],
  [4, 1],
]);

describe('plan rights in the browser', () => {
  it('walks up the organisation tree', () => {
    expect(ancestorsOf(3, parents)).toEqual([2, 1]);
    expect(ancestorsOf(1, parents)).toEqual([]);
  });

  it('lets an editor of the organisation or an ancestor edit drafts only', () => {
    const editor = [{ orgId: 2, role: 'editor' as const }];
    expect(planRights(editor, { orgId: 3, status: 'draft' }, [2, 1]).editable).toBe(true);
    const submitted = planRights(editor, { orgId: 3, status: 'submitted' }, [2, 1]);
    expect(submitted).toMatchObject({ write: true, editable: false, submit: true, review: false });
  });

  it('gives another agency’s editor, a reporter and a viewer nothing to change', () => {
    expect(planRights([{ orgId: 4, role: 'editor' }], { orgId: 3, status: 'draft' }, [2, 1]).write).toBe(
      false,
    );
    expect(planRights([{ orgId: 3, role: 'reporter' }], { orgId: 3, status: 'draft' }, [2, 1]).write).toBe(
      false,
    );
    expect(planRights([{ orgId: 3, role: 'viewer' }], { orgId: 3, status: 'draft' }, [2, 1]).comment).toBe(
      false,
    );
  });

  it('lets the planning office review everywhere', () => {
    const admin = planRights([{ orgId: null, role: 'admin' }], { orgId: 3, status: 'approved' }, [2, 1]);
    expect(admin).toMatchObject({ write: true, editable: false, review: true });
  });
});
