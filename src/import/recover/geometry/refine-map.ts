import { CROSS_THEME_LETTER, parseCode } from '../../../domain/codes';
import type { Finding } from '../../../domain/lint/finding';
import { nameKey } from '../../../domain/lint/similarity';
import type { PlanDraft } from '../draft-plan';
import {
  bothHeadsFinding,
  conflictFinding,
  conventionFinding,
  levelLineFinding,
  misplacedFinding,
  strayArrowFinding,
  themeNameFinding,
} from './messages';
import type { PageMap } from './page-maps';

/**
 * What the drawn maps add to a part's draft: theme names from the column headers (what text
 * extractions lose), objectives printed only on cards, the perspective order of the rows, the
 * cards' places checked against their codes, and the arrows as links, merged with the links the
 * text states. The text's row-label checks on a map page give way to the geometry's.
 */

const placeholder = (letter: string) => `策略主題 ${letter}`;

function applyThemes(draft: PlanDraft, maps: PageMap[], findings: Finding[]): void {
  const used = new Set<string>();
  for (const o of draft.objectives) {
    const letter = parseCode(o.code)?.themeLetter;
    if (letter) used.add(letter);
  }
  const done = new Set<string>();
  for (const map of maps) {
    for (const band of map.reading.grid?.themes ?? []) {
      const letter = band.letter;
      if (!letter || letter === CROSS_THEME_LETTER || band.name === '' || done.has(letter)) continue;
      const withCards = map.reading.placements.some((p) => p.theme === band);
      if (!used.has(letter) && !withCards) continue;
      done.add(letter);
      const line = band.frames[0] ? map.lineOf(band.frames[0]) : undefined;
      const theme = draft.themes.find((t) => t.letter === letter);
      if (!theme) {
        draft.themes.push({ letter, name: band.name, line: line ?? 0 });
        draft.themes.sort((a, b) => (a.letter < b.letter ? -1 : 1));
        for (const o of draft.objectives)
          if (o.theme === null && parseCode(o.code)?.themeLetter === letter) o.theme = letter;
      } else if (theme.line === 0 && theme.name === placeholder(letter)) {
        theme.name = band.name;
        theme.line = line ?? 0;
      } else if (nameKey(theme.name) !== nameKey(band.name)) {
        // 「A. A提升組織效能」: a list numbered by letter kept the theme's letter in its name.
        if (nameKey(theme.name) !== nameKey(`${letter}${band.name}`))
          findings.push(themeNameFinding(letter, band.name, theme.name, line));
        theme.name = band.name;
      } else continue;
      // The text's "no name found" for this letter no longer holds.
      draft.findings = draft.findings.filter(
        (f) => !(f.rule === 'theme-letter-missing' && f.severity === 'error' && f.codes[0] === letter),
      );
    }
  }
}

function applyCards(draft: PlanDraft, maps: PageMap[], findings: Finding[]): void {
  const known = new Set(draft.objectives.map((o) => o.code));
  const themes = new Set(draft.themes.map((t) => t.letter));
  const reported = new Set<string>();
  const superseded = new Set<number>();
  for (const map of maps) {
    for (const card of map.cards) {
      const parsed = parseCode(card.code);
      if (!parsed || known.has(card.code) || nameKey(card.name) === '') continue;
      known.add(card.code);
      const letter = parsed.themeLetter;
      draft.objectives.push({
        code: card.code,
        theme: letter !== null && themes.has(letter) ? letter : null,
        perspective: parsed.perspective,
        name: card.name,
      });
      const line = map.lineOf(card.frame, card.lineIndex);
      if (line !== undefined) draft.codeLines.set(card.code, line);
    }
    const grid = map.reading.grid;
    if (!grid) continue;
    if (grid.perspectives.length > 0) for (const n of map.lines) superseded.add(n);
    for (const m of map.reading.misplaced) {
      if (reported.has(m.card.code)) continue;
      reported.add(m.card.code);
      findings.push(
        misplacedFinding(
          m.card.code,
          m.column,
          m.row,
          grid.orientation,
          map.lineOf(m.card.frame, m.card.lineIndex),
        ),
      );
    }
    if (grid.perspectives.length === 4 && draft.perspectiveOrder.length < 4)
      draft.perspectiveOrder = grid.perspectives.map((p) => p.perspective);
  }
  draft.findings = draft.findings.filter(
    (f) => !(f.rule === 'perspective-row-mismatch' && f.line !== undefined && superseded.has(f.line)),
  );
}

function applyArrows(draft: PlanDraft, maps: PageMap[], findings: Finding[]): void {
  const objectives = new Set(draft.objectives.map((o) => o.code));
  const key = (a: string, b: string) => `${a}>${b}`;
  const stated = new Set(draft.links.map((l) => key(l.from, l.to)));
  const have = new Set(stated);
  const either = (a: string, b: string) => stated.has(key(a, b)) || stated.has(key(b, a));
  for (const map of maps) {
    const lineOf = (card: PageMap['cards'][number]) => map.lineOf(card.frame, card.lineIndex);
    for (const l of map.arrows.links) {
      const [from, to] = [l.from.code, l.to.code];
      if (!objectives.has(from) || !objectives.has(to) || have.has(key(from, to))) continue;
      if (stated.has(key(to, from))) {
        if (!l.byConvention) findings.push(conflictFinding(from, to, lineOf(l.from)));
        continue;
      }
      if (l.byConvention) findings.push(conventionFinding(from, to, lineOf(l.from)));
      have.add(key(from, to));
      draft.links.push({ from, to });
    }
    for (const u of map.arrows.undirected) {
      const [a, b] = [u.a.code, u.b.code];
      if (!objectives.has(a) || !objectives.has(b) || either(a, b)) continue;
      findings.push(
        u.heads === 'both' ? bothHeadsFinding(a, b, lineOf(u.a)) : levelLineFinding(a, b, lineOf(u.a)),
      );
    }
    for (const s of map.arrows.strays)
      findings.push(strayArrowFinding(s.card.code, s.target, lineOf(s.card)));
  }
}

export function refineFromMaps(draft: PlanDraft, maps: PageMap[]): Finding[] {
  const findings: Finding[] = [];
  applyThemes(draft, maps, findings);
  applyCards(draft, maps, findings);
  applyArrows(draft, maps, findings);
  return findings;
}
