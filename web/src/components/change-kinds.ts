import type { Dictionary } from '../i18n/zh-TW';

/** The kinds of change a plan diff names (src/domain/plan-diff.ts), for the import preview and the year comparison. */
export type ChangeKindName = 'added' | 'removed' | 'renamed' | 'recoded' | 'changed';

export const CHANGE_COLOURS: Record<ChangeKindName, string> = {
  added: 'green',
  removed: 'red',
  renamed: 'blue',
  recoded: 'purple',
  changed: 'gold',
};

export function changeLabel(t: Dictionary, c: ChangeKindName): string {
  return {
    added: t.changeAdded,
    removed: t.changeRemoved,
    renamed: t.changeRenamed,
    recoded: t.changeRecoded,
    changed: t.changeChanged,
  }[c];
}
