import { parseCode } from '../../domain/codes';
import type { NameVariant } from '../../domain/lint/context';
import { type Finding, finding, linesText } from '../../domain/lint/finding';
import { isSameThing, nameKey, nameSimilarity } from '../../domain/lint/similarity';
import type { Mention } from './mentions';

/**
 * Decides what each code is called when the document prints it several times. Spellings of one
 * thing (a dropped 各, 培育 vs 培植) are a name variant: the most repeated spelling wins, the
 * scorecard table breaks ties. A name unrelated to the others (EP1 printed where EF1's name
 * stands) is a code conflict: it is read as the code whose name it carries, and reported.
 */

export interface Resolved {
  code: string;
  name: string;
  line: number;
  formula?: string;
  unit?: string;
  note?: string;
}

export interface Resolution {
  items: Resolved[];
  variants: NameVariant[];
  findings: Finding[];
}

interface Spelling {
  key: string;
  forms: Map<string, { count: number; priority: number; first: number }>;
  count: number;
  priority: number;
  first: number;
  lines: number[];
  mentions: Mention[];
}

function bestForm(s: Spelling): string {
  let best = '';
  let score: [number, number, number] = [-1, -1, 0];
  for (const [form, f] of s.forms) {
    const cand: [number, number, number] = [f.count, f.priority, -f.first];
    if (
      cand[0] > score[0] ||
      (cand[0] === score[0] && (cand[1] > score[1] || (cand[1] === score[1] && cand[2] > score[2])))
    ) {
      best = form;
      score = cand;
    }
  }
  return best;
}

function spellingsOf(mentions: Mention[]): Spelling[] {
  const byKey = new Map<string, Spelling>();
  mentions.forEach((m, i) => {
    const key = nameKey(m.name);
    let s = byKey.get(key);
    if (!s) {
      s = { key, forms: new Map(), count: 0, priority: 0, first: i, lines: [], mentions: [] };
      byKey.set(key, s);
    }
    const f = s.forms.get(m.name) ?? { count: 0, priority: 0, first: i };
    f.count++;
    f.priority = Math.max(f.priority, m.priority);
    s.forms.set(m.name, f);
    s.count++;
    s.priority = Math.max(s.priority, m.priority);
    if (!s.lines.includes(m.line)) s.lines.push(m.line);
    s.mentions.push(m);
  });
  return [...byKey.values()].sort(
    (a, b) => b.count - a.count || b.priority - a.priority || a.first - b.first,
  );
}

const KIND_ZH = { objective: '策略目標', kpi: '關鍵績效指標', action: '行動方案' } as const;
const KIND_EN = { objective: 'objective', kpi: 'KPI', action: 'action plan' } as const;

export function resolveNames(mentions: Mention[], kind: 'objective' | 'kpi' | 'action'): Resolution {
  const byCode = new Map<string, Mention[]>();
  for (const m of mentions) {
    if (m.kind !== kind) continue;
    const list = byCode.get(m.code) ?? [];
    list.push(m);
    byCode.set(m.code, list);
  }
  const items: Resolved[] = [];
  const variants: NameVariant[] = [];
  const findings: Finding[] = [];
  const strays: { code: string; spelling: Spelling; main: Spelling; mainLines: number[] }[] = [];

  for (const [code, list] of byCode) {
    const named = list.filter((m) => nameKey(m.name) !== '');
    const spellings = spellingsOf(named.length > 0 ? named : list);
    const main = spellings[0] as Spelling;
    const same = spellings.filter((s) => s === main || isSameThing(bestForm(s), bestForm(main)));
    const name = bestForm(main);
    const item: Resolved = { code, name, line: Math.min(...list.map((m) => m.line)) };
    const formula = list.find((m) => m.formula)?.formula;
    const unit = list.find((m) => m.unit)?.unit;
    const note = list.find((m) => m.note)?.note;
    if (formula) item.formula = formula;
    if (unit) item.unit = unit;
    if (note) item.note = note;
    items.push(item);
    if (same.length > 1) {
      variants.push({
        code,
        kind,
        chosen: name,
        spellings: same.map((s) => ({ name: bestForm(s), lines: [...s.lines].sort((a, b) => a - b) })),
      });
    }
    const mainLines = [...new Set(same.flatMap((s) => s.lines))];
    for (const s of spellings) if (!same.includes(s)) strays.push({ code, spelling: s, main, mainLines });
  }

  for (const { code, spelling, main, mainLines } of strays) {
    const strayName = bestForm(spelling);
    const letter = parseCode(code)?.themeLetter ?? null;
    const candidates = items
      .filter(
        (i) => i.code !== code && parseCode(i.code)?.themeLetter === letter && isSameThing(i.name, strayName),
      )
      .sort((a, b) => nameSimilarity(b.name, strayName) - nameSimilarity(a.name, strayName));
    const target = candidates[0];
    const where = linesText(spelling.lines);
    const mainWhere = linesText(mainLines);
    const mainName = bestForm(main);
    const codes = target ? [code, target.code] : [code];
    const tail = target
      ? {
          zh: `此名稱屬於 ${target.code}「${target.name}」，已視為 ${target.code}；請更正文件中的代碼`,
          en: `that is the name of ${target.code} "${target.name}", so it was read as ${target.code}; correct the code in the document`,
        }
      : {
          zh: '此處的名稱未採用；請確認代碼是否打錯',
          en: 'the name there was not used; check whether the code is a typo',
        };
    findings.push(
      finding(
        'code-name-conflict',
        'warning',
        codes,
        {
          zh: `${KIND_ZH[kind]}代碼 ${code} 用於不同的名稱：${where.zh}為「${strayName}」，${mainWhere.zh}為「${mainName}」；${tail.zh}`,
          en: `${KIND_EN[kind]} code ${code} is used for different names: "${strayName}" (${where.en}) and "${mainName}" (${mainWhere.en}); ${tail.en}`,
        },
        Math.min(...spelling.lines),
      ),
    );
  }
  return { items, variants, findings };
}
