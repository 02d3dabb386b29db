import type ExcelJS from 'exceljs';
import {
  isActionCode,
  isKpiCode,
  isObjectiveCode,
  normalizeCode,
  PERSPECTIVE_NAMES,
  PERSPECTIVES,
  type Perspective,
} from '../../domain/codes';
import { GROUP_TITLES } from '../../export/scorecard-model';
import { SCORECARD_HEADERS } from '../../export/xlsx/sheets';
import { cellText, headerTexts, type Problems, sameHeaders } from './cells';

/**
 * Reads the scorecard sheets back: the theme from the sheet's title, then row by row the
 * objective, its KSFs, KPIs and action plans, by their codes. Names are taken where an element
 * first appears; a different name further down is an error at that cell, not a silent pick.
 */

export interface ScorecardData {
  objectives: {
    code: string;
    theme: string | null;
    perspective: Perspective;
    name: string;
    weight?: number;
  }[];
  ksfs: { code: string | null; objective: string; name: string }[];
  kpis: Map<string, { objective: string; name: string; sheet: string; cell: string }>;
  kpiOrder: string[];
  actions: { code: string; kpi: string; name: string }[];
}

export function isScorecardSheet(ws: ExcelJS.Worksheet): boolean {
  return sameHeaders(headerTexts(ws.getRow(2), SCORECARD_HEADERS.length), SCORECARD_HEADERS);
}

export function parsePerspective(text: string): Perspective | null {
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  for (const p of PERSPECTIVES) {
    const zh = PERSPECTIVE_NAMES[p].zh;
    if (t === p || t === zh || t === `${zh}${p}` || t.toUpperCase() === p) return p;
  }
  return null;
}

function themeOfTitle(title: string | null): { letter: string | null } | null {
  if (!title) return null;
  if (title.startsWith(GROUP_TITLES.cross) || title.startsWith(GROUP_TITLES.shared)) return { letter: null };
  const m = /^策略主題\s*([A-Za-zＡ-Ｚａ-ｚ])(?![A-Za-z])/.exec(title);
  return m?.[1] ? { letter: m[1].normalize('NFKC').toUpperCase() } : null;
}

export function emptyScorecards(): ScorecardData {
  return { objectives: [], ksfs: [], kpis: new Map(), kpiOrder: [], actions: [] };
}

export function readScorecardSheet(
  ws: ExcelJS.Worksheet,
  out: ScorecardData,
  problems: Problems,
  objectiveSheet: Map<string, string>,
): void {
  const group = themeOfTitle(cellText(ws.getCell('A1')));
  if (!group) {
    problems.add(
      ws,
      'A1',
      `"${cellText(ws.getCell('A1')) ?? ''}" is not a scorecard title (策略主題 A …, ${GROUP_TITLES.cross} or ${GROUP_TITLES.shared})`,
    );
    return;
  }
  const byCode = new Map(out.objectives.map((o, i) => [o.code, i]));
  for (let r = 3; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const v = Array.from({ length: SCORECARD_HEADERS.length }, (_, i) => cellText(row.getCell(i + 1)));
    if (v.every((x) => x === null)) continue;
    const [pText, oRaw, oName, ksfRaw, ksfName, kpiRaw, kpiName, actRaw, actName] = v;
    if (!oRaw) {
      problems.add(ws, `B${r}`, 'an objective code is needed on every row (e.g. AC1)');
      continue;
    }
    const oCode = normalizeCode(oRaw);
    if (!isObjectiveCode(oCode)) {
      problems.add(ws, `B${r}`, `"${oRaw}" is not an objective code (e.g. AC1, F1)`);
      continue;
    }
    const perspective = pText ? parsePerspective(pText) : null;
    if (!perspective) {
      problems.add(
        ws,
        `A${r}`,
        `"${pText ?? ''}" is not a perspective (顧客 C, 內部流程 P, 學習成長 L, 財務 F)`,
      );
      continue;
    }
    const seenOn = objectiveSheet.get(oCode);
    if (seenOn !== undefined && seenOn !== ws.name) {
      problems.add(ws, `B${r}`, `objective ${oCode} is already on sheet "${seenOn}"`);
      continue;
    }
    let index = byCode.get(oCode);
    if (index === undefined) {
      if (!oName) {
        problems.add(ws, `C${r}`, `objective ${oCode} needs a name on its first row`);
        continue;
      }
      index = out.objectives.length;
      byCode.set(oCode, index);
      objectiveSheet.set(oCode, ws.name);
      problems.at(['objectives', index], ws, `B${r}`);
      problems.at(['objectives', index, 'name'], ws, `C${r}`);
      out.objectives.push({ code: oCode, theme: group.letter, perspective, name: oName });
    } else {
      const o = out.objectives[index];
      if (o && oName && oName !== o.name)
        problems.add(ws, `C${r}`, `objective ${oCode} is named "${o.name}" on an earlier row`);
      if (o && o.perspective !== perspective)
        problems.add(ws, `A${r}`, `objective ${oCode} is in ${o.perspective} on an earlier row`);
    }

    if (ksfRaw || ksfName) {
      if (!ksfName) problems.add(ws, `E${r}`, `KSF ${ksfRaw} needs a name`);
      else {
        problems.at(['ksfs', out.ksfs.length], ws, `E${r}`);
        out.ksfs.push({ code: ksfRaw ? normalizeCode(ksfRaw) : null, objective: oCode, name: ksfName });
      }
    }

    let kpiCode: string | null = null;
    if (kpiRaw) {
      kpiCode = normalizeCode(kpiRaw);
      const known = out.kpis.get(kpiCode);
      if (!isKpiCode(kpiCode)) {
        problems.add(ws, `F${r}`, `"${kpiRaw}" is not a KPI code (e.g. AC1.1)`);
        kpiCode = null;
      } else if (known && known.objective !== oCode) {
        problems.add(
          ws,
          `F${r}`,
          `KPI ${kpiCode} is under objective ${known.objective} at ${known.sheet}!${known.cell}`,
        );
        kpiCode = null;
      } else if (known && kpiName && kpiName !== known.name) {
        problems.add(ws, `G${r}`, `KPI ${kpiCode} is named "${known.name}" at ${known.sheet}!${known.cell}`);
      } else if (!known) {
        if (!kpiName) {
          problems.add(ws, `G${r}`, `KPI ${kpiCode} needs a name on its first row`);
          kpiCode = null;
        } else {
          out.kpis.set(kpiCode, { objective: oCode, name: kpiName, sheet: ws.name, cell: `G${r}` });
          out.kpiOrder.push(kpiCode);
        }
      }
    } else if (kpiName) {
      problems.add(ws, `F${r}`, `KPI "${kpiName}" needs its code (e.g. ${oCode}.1)`);
    }

    if (actRaw || actName) {
      const code = actRaw ? normalizeCode(actRaw) : null;
      if (!code) problems.add(ws, `H${r}`, `action plan "${actName}" needs its code (e.g. ${oCode}.1.1)`);
      else if (!isActionCode(code))
        problems.add(ws, `H${r}`, `"${actRaw}" is not an action plan code (e.g. AC1.1.1)`);
      else if (!actName) problems.add(ws, `I${r}`, `action plan ${code} needs a name`);
      else if (!kpiCode)
        problems.add(ws, `F${r}`, `action plan ${code} needs the code of its KPI in this row`);
      else {
        problems.at(['actions', out.actions.length], ws, `H${r}`);
        out.actions.push({ code, kpi: kpiCode, name: actName });
      }
    }
  }
}
