import { PERSPECTIVE_NAMES, type Perspective, parseCode } from '../../../domain/codes';
import { type Finding, finding } from '../../../domain/lint/finding';
import type { Orientation } from './grid';

/** The findings geometry adds, each in zh-TW and English, tied to the line of what it is about. */

const zhP = (p: Perspective) => PERSPECTIVE_NAMES[p].zh;
const enP = (p: Perspective) => PERSPECTIVE_NAMES[p].en.toLowerCase();

export function misplacedFinding(
  code: string,
  column: string | null,
  row: Perspective | null,
  orientation: Orientation,
  line: number | undefined,
): Finding {
  const parsed = parseCode(code);
  const letter = parsed?.themeLetter ?? '';
  const perspective = parsed?.perspective ?? 'C';
  // In a map turned on its side the themes are rows and the perspectives columns.
  const [themeZh, rowZh, themeEn, rowEn] =
    orientation === 'rows' ? ['欄', '列', 'column', 'row'] : ['列', '欄', 'row', 'column'];
  const at = {
    zh: [column ? `主題 ${column} ${themeZh}` : '', row ? `${zhP(row)}${rowZh}` : '']
      .filter(Boolean)
      .join(' / '),
    en: [column ? `theme ${column}'s ${themeEn}` : '', row ? `the ${enP(row)} ${rowEn}` : '']
      .filter(Boolean)
      .join(' and '),
  };
  const says = {
    zh: [column ? `主題 ${letter}` : '', row ? `${zhP(perspective)}構面` : ''].filter(Boolean).join(' / '),
    en: [column ? `theme ${letter}` : '', row ? `the ${enP(perspective)} perspective` : '']
      .filter(Boolean)
      .join(' and '),
  };
  return finding(
    'map-position-mismatch',
    'warning',
    [code],
    {
      zh: `${code} 位於${at.zh}，但代碼表示${says.zh}；依代碼判定`,
      en: `${code} is drawn in ${at.en}, but its code says ${says.en}; the code was trusted`,
    },
    line,
  );
}

export function themeNameFinding(
  letter: string,
  map: string,
  text: string,
  line: number | undefined,
): Finding {
  return finding(
    'map-theme-name',
    'warning',
    [letter],
    {
      zh: `策略主題 ${letter} 的名稱在策略地圖的欄位標題為「${map}」，文字中為「${text}」；採用地圖上的「${map}」`,
      en: `theme ${letter} is headed "${map}" on the map but called "${text}" in the text; the map's "${map}" was used`,
    },
    line,
  );
}

export function bothHeadsFinding(a: string, b: string, line: number | undefined): Finding {
  return finding(
    'link-direction-unknown',
    'warning',
    [a, b],
    {
      zh: `${a} 與 ${b} 之間的箭頭兩端都有箭頭，無法判定因果方向，未建立關聯；請改為單向箭頭`,
      en: `the arrow between ${a} and ${b} has heads at both ends, so its cause and effect cannot be told; no link was made — draw it with one head`,
    },
    line,
  );
}

export function levelLineFinding(a: string, b: string, line: number | undefined): Finding {
  return finding(
    'link-direction-unknown',
    'warning',
    [a, b],
    {
      zh: `${a} 與 ${b} 之間的連線沒有箭頭，且兩者位於同一層，無法判定因果方向，未建立關聯；請加上箭頭`,
      en: `the line between ${a} and ${b} has no arrow head and both sit at the same level, so its direction cannot be told; no link was made — add a head`,
    },
    line,
  );
}

export function conventionFinding(from: string, to: string, line: number | undefined): Finding {
  return finding(
    'link-direction-unknown',
    'info',
    [from, to],
    {
      zh: `${from} 與 ${to} 之間的連線沒有箭頭；依策略地圖由下而上的讀法判定為 ${from} → ${to}，請確認`,
      en: `the line between ${from} and ${to} has no arrow head; reading the map upwards it was taken as ${from} → ${to} — please check`,
    },
    line,
  );
}

export function conflictFinding(from: string, to: string, line: number | undefined): Finding {
  return finding(
    'link-direction-conflict',
    'warning',
    [from, to],
    {
      zh: `策略地圖上的箭頭為 ${from} → ${to}，但文字寫為 ${to} → ${from}；採用文字的方向，請確認`,
      en: `the map draws ${from} → ${to}, but the text says ${to} → ${from}; the text's direction was kept — please check`,
    },
    line,
  );
}

export function strayArrowFinding(code: string, target: string, line: number | undefined): Finding {
  const zhTarget = target === '' ? '一個不是策略目標的圖形' : `「${target}」（不是策略目標）`;
  const enTarget =
    target === '' ? 'a shape that is not an objective' : `"${target}", which is not an objective`;
  return finding(
    'link-not-between-objectives',
    'warning',
    [code],
    {
      zh: `${code} 的箭頭指向${zhTarget}，未建立關聯；請讓箭頭連到策略目標`,
      en: `an arrow from ${code} points at ${enTarget}; no link was made — connect it to an objective`,
    },
    line,
  );
}

export function misfiledFinding(kpi: string, objective: string, line: number | undefined): Finding {
  const own = parseCode(kpi)?.objectiveCode ?? '';
  return finding(
    'scorecard-row-mismatch',
    'info',
    [kpi, objective],
    {
      zh: `關鍵績效指標 ${kpi} 位於策略目標 ${objective} 的合併儲存格範圍內，但代碼表示屬於 ${own}；依代碼判定`,
      en: `KPI ${kpi} sits in the merged rows of objective ${objective}, but its code says it belongs to ${own}; the code was trusted`,
    },
    line,
  );
}
