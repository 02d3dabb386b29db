import { ImportError } from '../errors';
import type { Page, PageKind } from '../pages';
import type { SourceDocument } from '../source';
import { pageCount } from './refusals';

/**
 * A document without a single strategy-map code is refused; these say why when the document
 * shows it: a KPI table numbered by goals with weights instead of codes (一、…(25%) and the
 * indicators under each), or a map pasted as a picture (slides with large pictures and no
 * codes in any text). Anything else keeps recovery's general "no codes" refusal.
 */

/** 「一、提升服務品質(25%)」「二. 精進… （權重 30％）」: a numbered goal stating its weight. */
const GOAL =
  /^[一二三四五六七八九十]{1,3}\s*[、.．]\s*\S.*?[（(][^（()）]*?\d{1,3}(?:\.\d+)?\s*[%％]\s*[）)]/;
/** 「1.」「(1)」「（一）」「①」: an item numbered under a goal. */
const NUMBERED =
  /^(?:\d{1,2}\s*[.．、]|[（(]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[）)]|[\u2460-\u2473])\s*\S/;
const ONLY_FIGURE = /^[\d.,\s%％]+$/;

interface GoalCount {
  goals: number;
  indicators: number;
  example: string;
}

function countGoals(source: SourceDocument): GoalCount {
  const found: GoalCount = { goals: 0, indicators: 0, example: '' };
  const goal = (text: string) => {
    if (!GOAL.test(text)) return false;
    found.goals++;
    if (found.example === '') found.example = text.length > 24 ? `${text.slice(0, 23)}…` : text;
    return true;
  };
  for (const block of source.blocks) {
    if (block.kind === 'text') {
      for (const line of block.lines) {
        if (!goal(line.text) && found.goals > 0 && NUMBERED.test(line.text)) found.indicators++;
      }
      continue;
    }
    for (const row of block.rows) {
      const cells = row.cells.map((c) => c.text.trim());
      const at = cells.findIndex((c) => goal(c));
      const rest = cells.slice(at + 1).filter((c) => c !== '' && !ONLY_FIGURE.test(c));
      const filled = cells.filter((c) => c !== '');
      if (at >= 0) {
        if (rest.length > 0) found.indicators++;
      } else if (found.goals > 0 && (filled.length >= 2 || filled.some((c) => NUMBERED.test(c))))
        found.indicators++;
    }
  }
  return found;
}

function listPages(kind: PageKind, numbers: number[]): { en: string; zh: string } {
  const shown = numbers.slice(0, 12);
  const more = numbers.length > shown.length ? '…' : '';
  const en = shown.join(', ') + more;
  const zh = shown.join('、') + more;
  switch (kind) {
    case 'slide':
      return { en: `slide${numbers.length > 1 ? 's' : ''} ${en}`, zh: `投影片 ${zh}` };
    case 'sheet':
      return { en: `sheet${numbers.length > 1 ? 's' : ''} ${en}`, zh: `工作表 ${zh}` };
    default:
      return { en: `page${numbers.length > 1 ? 's' : ''} ${en}`, zh: `第 ${zh} 頁` };
  }
}

/** A picture covering at least a tenth of its page; smaller ones are logos and photos. */
function largePictures(page: Page): number {
  const area = (page.width ?? 0) * (page.height ?? 0);
  return page.items.filter(
    (i) => i.kind === 'picture' && (!i.box || area === 0 || i.box.w * i.box.h >= area * 0.1),
  ).length;
}

function pictureMap(source: SourceDocument): ImportError | undefined {
  const pages = source.pages ?? [];
  const holding = pages.filter((p) => largePictures(p) > 0);
  const first = pages[0];
  if (!first || holding.length === 0) return undefined;
  const pictures = holding.reduce((n, p) => n + largePictures(p), 0);
  const where = listPages(
    first.kind,
    holding.map((p) => p.number),
  );
  const count = pageCount(first.kind, pages.length);
  return new ImportError('map-is-picture', source.fileName, {
    en: `found ${count.en}, with ${pictures} large picture(s) on ${where.en}, but no strategy-map code (such as AC1 or AC1.1) in any text: the map seems to be pasted as a picture, which cannot be read — import the file the map was drawn in (text boxes or a table), or enter the plan in Stratmap`,
    zh: `共 ${count.zh}，${where.zh}有 ${pictures} 張大型圖片，但所有文字中都沒有策略地圖代碼（如 AC1 或 AC1.1）：策略地圖似乎是以圖片貼上，無法讀取 — 請改匯入繪製地圖的原始檔（文字方塊或表格），或直接在系統中建立計畫`,
  });
}

export function whyNoCodes(source: SourceDocument): ImportError | undefined {
  const goals = countGoals(source);
  if (goals.goals > 0 && goals.indicators > 0) {
    return new ImportError('kpi-table-without-codes', source.fileName, {
      en: `found ${goals.goals} numbered goal(s) with weights (such as "${goals.example}") and ${goals.indicators} indicator(s) under them, but no strategy-map codes such as AC1 / AC1.1; Stratmap builds a plan from its codes (theme letter, perspective letter, number) — add them to the goals and indicators, or enter the plan in Stratmap`,
      zh: `找到 ${goals.goals} 個附權重的編號目標（如「${goals.example}」）及其下 ${goals.indicators} 項指標，但沒有策略地圖代碼（如 AC1／AC1.1）；系統依代碼（主題字母、構面字母、序號）建立計畫 — 請為目標與指標加上代碼，或直接在系統中建立計畫`,
    });
  }
  return pictureMap(source);
}
