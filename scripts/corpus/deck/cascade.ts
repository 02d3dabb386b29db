import type { PlanDocument } from '../../../src/domain/plan-document';
import type { CorpusPlan } from '../plans';
import { levelWord, selfWord } from './words';

/**
 * How a deck states the cascade: a note under each theme (承接局級「H 推廣終身教育」), or one
 * sentence for all themes when they take up the same parent theme (本館策略主題皆承接…向下延伸).
 * The parent is named by its level (府級, 局級) when its map is in the same deck, by its full
 * name otherwise, so the statement alone always says which organisation is meant.
 */

/** The one parent theme every theme takes up, when they all take up the same one. */
export function commonCascade(plan: PlanDocument): { org: string; letter: string } | null {
  const refs = plan.themes.map((t) => t.cascadesFrom);
  const first = refs[0];
  if (!first || refs.some((r) => !r || r.org !== first.org || r.letter !== first.letter)) return null;
  return first;
}

function parentTheme(parent: CorpusPlan | undefined, letter: string, sep: string): string {
  const name = parent?.plan.themes.find((t) => t.letter === letter)?.name;
  return name ? `「${letter}${sep}${name}」` : `策略主題${letter}`;
}

function parentWord(parent: CorpusPlan | undefined, org: string, shown: boolean): string {
  return shown && parent ? levelWord(parent.plan) : org;
}

export function cascadeNotes(
  plan: PlanDocument,
  parent: CorpusPlan | undefined,
  shown: boolean,
): Record<string, string> {
  const notes: Record<string, string> = {};
  for (const t of plan.themes)
    if (t.cascadesFrom)
      notes[t.letter] =
        `承接${parentWord(parent, t.cascadesFrom.org, shown)}${parentTheme(parent, t.cascadesFrom.letter, ' ')}`;
  return notes;
}

export function cascadeSentence(
  plan: PlanDocument,
  parent: CorpusPlan | undefined,
  shown: boolean,
): string | null {
  const common = commonCascade(plan);
  if (!common) return null;
  return `${selfWord(plan.org.name)}策略主題皆承接${parentWord(parent, common.org, shown)}${parentTheme(parent, common.letter, '-')}向下延伸`;
}
