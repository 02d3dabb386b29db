import { type Finding, finding } from '../../domain/lint/finding';
import type { CascadeQuote } from './cascade-quotes';
import type { ThemeItem, ThemeSources } from './theme-items';

/**
 * The plan's themes: the first theme list gives letters and names; a name that lost its letter
 * (建構健康安全友善的永續校園 between C and E) gets the letter of its gap; a letter the objective
 * codes use but no list shows is added with the name of its section heading. Each recovery is
 * reported, because the planner should fix the document.
 */

export interface ThemeDraft {
  letter: string;
  name: string;
  line: number;
  /** Parent theme printed above the list this theme came from (承接 …). */
  cascadeRef?: ThemeItem;
  /** Parent theme the theme's own note names (承接臺北市政府策略主題D). */
  cascade?: CascadeQuote;
}

const next = (l: string, d: number) => String.fromCharCode(l.charCodeAt(0) + d);

function gapLetter(items: ThemeItem[], i: number): { letter: string; between: string } | null {
  const before =
    items
      .slice(0, i)
      .reverse()
      .find((x) => x.letter !== null)?.letter ?? null;
  const after = items.slice(i + 1).find((x) => x.letter !== null)?.letter ?? null;
  if (before && after) {
    return after.charCodeAt(0) - before.charCodeAt(0) === 2
      ? { letter: next(before, 1), between: `${before}–${after}` }
      : null;
  }
  if (before) return { letter: next(before, 1), between: `${before}–` };
  if (after && after > 'A') return { letter: next(after, -1), between: `–${after}` };
  return null;
}

export function assembleThemes(
  sources: ThemeSources,
  objectiveLetters: Map<string, string[]>,
): { themes: ThemeDraft[]; findings: Finding[] } {
  const themes = new Map<string, ThemeDraft>();
  const findings: Finding[] = [];
  const lettersInRuns = new Set(
    sources.runs.flatMap((r) => r.items.flatMap((i) => (i.letter ? [i.letter] : []))),
  );

  for (const run of sources.runs) {
    run.items.forEach((item, i) => {
      let letter = item.letter;
      if (letter === null) {
        const gap = gapLetter(run.items, i);
        if (!gap || lettersInRuns.has(gap.letter) || themes.has(gap.letter)) return;
        letter = gap.letter;
        const codes = objectiveLetters.get(letter) ?? [];
        const evidence = codes.length > 0 ? codes.slice(0, 6).join('、') : null;
        findings.push(
          finding(
            'theme-letter-missing',
            'warning',
            [letter, ...codes.slice(0, 6)],
            {
              zh: `策略主題清單中的「${item.name}」缺少字母；依其位置（${gap.between} 之間）${evidence ? `與策略目標代碼 ${evidence}，` : ''}判定為 ${letter}`,
              en: `the theme "${item.name}" in the theme list has lost its letter; from its place (${gap.between})${evidence ? ` and the objective codes ${codes.slice(0, 6).join(', ')}` : ''} it was read as ${letter}`,
            },
            item.line,
          ),
        );
      }
      if (themes.has(letter)) return;
      const draft: ThemeDraft = { letter, name: item.name, line: item.line };
      if (run.cascadeRef) draft.cascadeRef = run.cascadeRef;
      if (item.cascade) draft.cascade = item.cascade;
      themes.set(letter, draft);
    });
  }

  const headings = sources.singles.filter((s) => !s.afterCascade && s.letter !== null);
  const wanted = new Set<string>(objectiveLetters.keys());
  if (sources.runs.length === 0) for (const h of headings) wanted.add(h.letter as string);
  for (const letter of [...wanted].sort()) {
    if (themes.has(letter)) continue;
    const heading = headings.find((h) => h.letter === letter);
    const codes = objectiveLetters.get(letter) ?? [];
    if (heading) {
      themes.set(letter, { letter, name: heading.name, line: heading.line });
      if (sources.runs.length > 0) {
        findings.push(
          finding(
            'theme-letter-missing',
            'warning',
            [letter, ...codes.slice(0, 6)],
            {
              zh: `策略主題清單沒有 ${letter}，但策略目標 ${codes.slice(0, 6).join('、')} 使用此字母；主題名稱取自第 ${heading.line} 行「${heading.name}」`,
              en: `the theme list has no ${letter}, but objectives ${codes.slice(0, 6).join(', ')} use that letter; its name was taken from line ${heading.line} "${heading.name}"`,
            },
            heading.line,
          ),
        );
      }
      continue;
    }
    themes.set(letter, { letter, name: `策略主題 ${letter}`, line: 0 });
    findings.push(
      finding('theme-letter-missing', 'error', [letter, ...codes.slice(0, 6)], {
        zh: `策略目標 ${codes.slice(0, 6).join('、')} 屬於策略主題 ${letter}，但文件沒有列出此主題，也找不到它的名稱；暫名為「策略主題 ${letter}」，請補上名稱`,
        en: `objectives ${codes.slice(0, 6).join(', ')} belong to theme ${letter}, which the document neither lists nor names; it was called "策略主題 ${letter}" — give it its name`,
      }),
    );
  }
  return { themes: [...themes.values()].sort((a, b) => (a.letter < b.letter ? -1 : 1)), findings };
}
