import type { PlanDocument } from '../../../src/domain/plan-document';
import { headerText } from '../deck/map-grid';
import { blocksOf, columnsOf, heading, withPerspectiveCells } from '../deck/scorecard-rows';
import { type Locale, perspectiveLabel, perspectiveName, rocDate, rowOrder } from '../deck/words';

/**
 * A plan as the text people copy out of its deck, in the shape of the seed extractions: title
 * and date, mission/vision/values, the map as a tab table (themes across, a row per
 * perspective), then a pipe-table scorecard per theme with merged cells left empty below.
 */

export interface PlanTextOptions {
  locale: Locale;
  /** 「承接…」 per theme, as the deck states it. */
  cascadeNotes: Record<string, string>;
}

export function planText(plan: PlanDocument, o: PlanTextOptions): string {
  const en = o.locale === 'en';
  const out: string[] = [];
  out.push(`# ${plan.org.name} ${plan.title ?? `${plan.year}年策略地圖與平衡計分卡`}`, '');
  out.push(en ? (plan.issued ?? String(plan.year + 1911)) : rocDate(plan.issued, plan.year), '');
  out.push(en ? '# Mission, Vision and Core Values' : '# 使命、願景及核心價值', '');
  out.push(en ? '## Mission' : '## 使命', '', plan.mission, '');
  out.push(en ? '## Vision' : '## 願景', '', plan.vision, '');
  out.push(en ? '## Core Values' : '## 核心價值', '', plan.coreValues.join(en ? ', ' : '、'), '');
  out.push(en ? `# ${plan.title ?? 'Strategy Map'}` : `# ${plan.year}年策略地圖`, '');
  const themeCells = plan.themes.map((t) => {
    const note = o.cascadeNotes[t.letter];
    return headerText(t.letter, t.name, 'last').replace('\n', ' ') + (note ? ` ${note}` : '');
  });
  out.push([en ? 'Strategic Theme' : '策略主題', ...themeCells].join('\t'));
  for (const p of rowOrder(plan)) {
    const inRow = plan.objectives.filter((x) => x.perspective === p);
    const shared = inRow.filter((x) => !x.theme || !plan.themes.some((t) => t.letter === x.theme));
    const cells = plan.themes.map((t) =>
      inRow
        .filter((x) => x.theme === t.letter)
        .map((x) => `${x.code} ${x.name}`)
        .join(' '),
    );
    const label = perspectiveLabel(p, o.locale, 'letter');
    if (shared.length) out.push([label, shared.map((x) => `${x.code} ${x.name}`).join(' ')].join('\t'));
    out.push([shared.length ? '' : label, ...cells].join('\t'));
  }
  out.push('');
  if (!plan.kpis.length) return `${out.join('\n')}\n`;
  const cols = columnsOf(plan);
  const groups = [
    ...plan.themes.map((t) => ({
      title: en ? `Strategic Theme ${t.letter}: ${t.name}` : `策略主題：${t.name}(${t.letter})`,
      objectives: plan.objectives.filter((x) => x.theme === t.letter),
    })),
    {
      title: en ? 'Objectives shared by all themes' : '共同策略目標',
      objectives: plan.objectives.filter((x) => !x.theme || !plan.themes.some((t) => t.letter === x.theme)),
    },
  ];
  for (const g of groups) {
    if (!g.objectives.length) continue;
    out.push(`# ${g.title}`, '');
    out.push(
      `| ${cols.map((c) => heading(c, o.locale)).join(' | ')} |`,
      `|${cols.map(() => '---').join('|')}|`,
    );
    const rows = withPerspectiveCells(blocksOf(plan, g.objectives, rowOrder(plan)), (p) =>
      perspectiveName(p, o.locale),
    );
    for (const r of rows) out.push(`| ${cols.map((c) => r[c].text.replace(/\n/g, ' ')).join(' | ')} |`);
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
