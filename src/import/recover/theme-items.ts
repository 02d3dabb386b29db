import type { Block, SourceLine } from '../source';
import { type CascadeQuote, quotesIn } from './cascade-quotes';
import {
  fieldLabel,
  headerRole,
  isSectionWord,
  isThemeLabel,
  PLAN_WORDS,
  perspectiveLabel,
  sectionNumberOf,
} from './labels';
import { readContextLine } from './orgs';
import { closeCjkGaps, hasCode, joinWrapped } from './tokens';

/**
 * Theme names as maps print them: `A營造永續環境`, `提升組織效能 A`, `發展館藏資源(A)`,
 * `策略主題：發展館藏資源(A)`, a lone `A` above its name, or a name that lost its letter.
 * A run of such items is a theme list; a lone item is a heading that still gives a name.
 */

export interface ThemeItem {
  letter: string | null;
  name: string;
  line: number;
  /** The item stands after a 承接 / 延伸 line: it names the parent's theme, not one of ours. */
  afterCascade?: boolean;
  /** The parent theme this theme's own note names. */
  cascade?: CascadeQuote;
}

export interface ThemeRun {
  items: ThemeItem[];
  /** Preceded by a 策略主題 label, or a 策略主題 row of a table. */
  labelled: boolean;
  /** The parent's theme printed above this list after a 承接 line (推廣終身教育(H)). */
  cascadeRef?: ThemeItem;
}

const CJK = /[\u4e00-\u9fff]/;
/** An English theme name: a few words, at least one of them lower case (not an acronym or code). */
const ENGLISH_NAME = /^[A-Za-z][A-Za-z ,'&/-]{2,80}$/;

/**
 * Section titles, table-of-contents entries (「2 策略地圖」) and slide headings (「平衡計分卡-顧客
 * 構面」) are never a theme, whatever list they stand in.
 */
function validName(name: string): boolean {
  const english = !CJK.test(name) && ENGLISH_NAME.test(name) && /[a-z]/.test(name) && /\s/.test(name);
  return (
    (CJK.test(name) || english) &&
    [...name].length >= 2 &&
    [...name].length <= (english ? 80 : 40) &&
    !hasCode(name) &&
    perspectiveLabel(name) === null &&
    !isSectionWord(name) &&
    sectionNumberOf(name) === null &&
    !PLAN_WORDS.test(name) &&
    fieldLabel(name) === null &&
    readContextLine(name) === null &&
    !/\d+\s*項|年|月|日/.test(name)
  );
}

export interface ParsedTheme {
  letter: string | null;
  name: string;
  /** What the theme says it takes up, printed beside it: 「承接府級「F 打造優質教育」」. */
  note?: string;
}

const NOTE = /^(.*?\S)\s*[(（]?\s*((?:承接|對應|延伸自|takes?\s+up|cascades?\s+from)[\s\S]*?)[)）]?$/i;

/** Parses one cell or one joined block; `{ letter, name: '' }` for a lone letter. */
export function parseThemeItem(text: string): ParsedTheme | null {
  const noted = NOTE.exec(text.trim());
  if (noted?.[1] && noted[2]) {
    const item = parseThemeItem(noted[1]);
    return item?.letter && item.name !== '' ? { ...item, note: noted[2] } : null;
  }
  let t = text
    .trim()
    .replace(/^(?:策略)?主題\s*[:：]\s*/, '')
    .replace(/^(?:strategic\s+)?theme\s*[:：]\s*/i, '');
  const lone = /^[(（]?\s*([A-ZＡ-Ｚ])\s*[)）]?$/.exec(t);
  if (lone?.[1]) return { letter: lone[1].normalize('NFKC'), name: '' };
  const themed = /^(?:(?:策略)?主題|(?:strategic\s+)?theme)\s*([A-ZＡ-Ｚ])\s*[:：、.．\-–—]?\s*(.+)$/i.exec(
    t,
  );
  if (themed?.[1] && themed[2]) t = `${themed[1]} ${themed[2]}`;
  const prefix = /^([A-ZＡ-Ｚ])(?![A-Za-zＡ-Ｚａ-ｚ0-9'])\s*[.、．:：\-–—]?\s*(.+)$/.exec(t);
  if (prefix?.[1] && prefix[2] && validName(prefix[2].trim())) {
    return { letter: prefix[1].normalize('NFKC'), name: closeCjkGaps(prefix[2].trim()) };
  }
  const suffix = /^(.+?)\s*[(（]?\s*(?<![A-Za-zＡ-Ｚａ-ｚ0-9])([A-ZＡ-Ｚ])\s*[)）]?$/.exec(t);
  if (suffix?.[1] && suffix[2] && validName(suffix[1].trim())) {
    return { letter: suffix[2].normalize('NFKC'), name: closeCjkGaps(suffix[1].trim()) };
  }
  if (validName(t) && !/[A-Za-z]/.test(t)) return { letter: null, name: closeCjkGaps(t) };
  return null;
}

/** A parsed theme at its line, with the parent theme its note names. */
function toItem(parsed: ParsedTheme | null, line: number): ThemeItem {
  const item: ThemeItem = { letter: parsed?.letter ?? null, name: parsed?.name ?? '', line };
  const cascade = parsed?.note ? quotesIn(parsed.note, line)[0] : undefined;
  if (cascade?.letter) item.cascade = cascade;
  return item;
}

/** Lines of a text block as theme items: one per line when each line has its letter, else joined. */
function blockItems(lines: SourceLine[]): ThemeItem[] | null {
  const first = lines[0];
  if (!first) return null;
  if (lines.length > 1) {
    const each = lines.map((l) => parseThemeItem(l.text));
    if (each.every((e) => e?.letter && e.name !== '')) {
      return each.map((e, i) => toItem(e, lines[i]?.n ?? first.n));
    }
  }
  if (lines.some((l) => l.heading > 0) && lines.length > 1) return null;
  const item = parseThemeItem(joinWrapped(lines.map((l) => l.text)));
  return item ? [toItem(item, first.n)] : null;
}

function isThemeLabelBlock(lines: SourceLine[]): boolean {
  return lines.length === 1 && isThemeLabel(lines[0]?.text ?? '');
}

function isCascadeLine(lines: SourceLine[]): boolean {
  return lines.some((l) => /承接|向下延伸|延展/.test(l.text));
}

export interface ThemeSources {
  runs: ThemeRun[];
  singles: ThemeItem[];
}

export function collectThemeItems(blocks: Block[]): ThemeSources {
  const runs: ThemeRun[] = [];
  const singles: ThemeItem[] = [];
  let run: ThemeItem[] = [];
  let labelled = false;
  let afterCascade = false;
  let pendingLetter: ThemeItem | null = null;

  const close = () => {
    if (pendingLetter) pendingLetter = null;
    // 「推廣終身教育(H)」 above 「(A)…(D)」 after a 承接 line: the first item names the parent's theme.
    let cascadeRef: ThemeItem | undefined;
    while (afterCascade && run.length > 1 && run[0]?.letter && (run[1]?.letter ?? '') <= run[0].letter) {
      const head = run.shift();
      if (head) {
        cascadeRef = { ...head, afterCascade: true };
        singles.push(cascadeRef);
      }
    }
    const lettered = run.filter((i) => i.letter !== null);
    const increasing = lettered.every(
      (x, i) => i === 0 || (lettered[i - 1]?.letter ?? '') < (x.letter ?? ''),
    );
    if ((lettered.length >= 2 && increasing) || (labelled && lettered.length >= 1)) {
      runs.push(cascadeRef ? { items: run, labelled, cascadeRef } : { items: run, labelled });
    } else {
      singles.push(...lettered.map((i) => (afterCascade ? { ...i, afterCascade: true } : i)));
    }
    run = [];
    labelled = false;
  };

  for (let block of blocks) {
    if (block.kind === 'table') {
      close();
      afterCascade = false;
      for (const row of block.rows) {
        const cells = row.cells.filter((c) => c.text !== '');
        const label =
          cells[0] && headerRole(cells[0].text) === 'theme' && !parseThemeItem(cells[0].text)?.letter;
        const items = (label ? cells.slice(1) : cells).map((c) => parseThemeItem(c.text));
        if (items.length > 0 && items.every((i) => i?.letter && i.name !== '')) {
          const list = items.map((i) => toItem(i, row.line));
          if (label || list.length >= 2) runs.push({ items: list, labelled: Boolean(label) });
          else singles.push(...list);
        }
      }
      continue;
    }
    if (isThemeLabelBlock(block.lines)) {
      close();
      labelled = true;
      continue;
    }
    // 「Strategic Theme」 on the first line of the list itself.
    if (block.lines.length > 1 && isThemeLabel(block.lines[0]?.text ?? '')) {
      close();
      labelled = true;
      block = { kind: 'text', lines: block.lines.slice(1) };
    }
    if (isCascadeLine(block.lines) && !blockItems(block.lines)?.some((i) => i.cascade)) {
      close();
      afterCascade = true;
      continue;
    }
    const items = blockItems(block.lines);
    if (!items) {
      close();
      afterCascade = false;
      continue;
    }
    const [only] = items;
    if (items.length === 1 && only && only.letter !== null && only.name === '') {
      pendingLetter = only;
      continue;
    }
    if (pendingLetter && items.length === 1 && only && only.letter === null) {
      run.push({ letter: pendingLetter.letter, name: only.name, line: pendingLetter.line });
      pendingLetter = null;
      continue;
    }
    pendingLetter = null;
    // A single headed item such as 「# 策略主題：發展館藏資源(A)」 is a heading, never part of a list.
    if (block.lines.some((l) => l.heading > 0)) {
      close();
      singles.push(...items.filter((i) => i.letter !== null));
      continue;
    }
    run.push(...items);
  }
  close();
  return { runs, singles };
}
