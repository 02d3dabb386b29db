import type { PlanDocument } from '../../src/domain/plan-document';
import { cardText, headerText, leadText } from './deck/map-grid';
import { blocksOf, columnsOf, heading, withPerspectiveCells } from './deck/scorecard-rows';
import { type Locale, perspectiveLabel, perspectiveName, rocDate, rowOrder } from './deck/words';

/**
 * A plan as agencies write it up in Word: headings, the mission/vision/values, the theme list
 * with what each takes up, the map as a table and a scorecard table per theme with merged
 * objective cells. Written as HTML that LibreOffice Writer turns into .docx.
 */

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const cell = (tag: 'td' | 'th', text: string, attrs = '') =>
  `<${tag}${attrs}>${text.split('\n').map(esc).join('<br/>')}</${tag}>`;

function mapTable(plan: PlanDocument, locale: Locale): string {
  const rows: string[] = [];
  rows.push(
    `<tr>${cell('th', locale === 'en' ? 'Strategic Theme' : '策略主題')}${plan.themes.map((t) => cell('th', headerText(t.letter, t.name, 'first'))).join('')}</tr>`,
  );
  for (const p of rowOrder(plan)) {
    const inRow = plan.objectives.filter((x) => x.perspective === p);
    const shared = inRow.filter((x) => !x.theme || !plan.themes.some((t) => t.letter === x.theme));
    const text = (xs: typeof inRow) =>
      xs.map((x) => cardText(x.code, x.name, { codeSeparator: ' ', bullet: false })).join('\n');
    const label = perspectiveLabel(p, locale, 'letter');
    const perTheme = plan.themes
      .map((t) => cell('td', text(inRow.filter((x) => x.theme === t.letter))))
      .join('');
    if (shared.length) {
      rows.push(
        `<tr>${cell('th', label, ' rowspan="2"')}${cell('td', text(shared), ` colspan="${plan.themes.length}"`)}</tr>`,
      );
      rows.push(`<tr>${perTheme}</tr>`);
    } else rows.push(`<tr>${cell('th', label)}${perTheme}</tr>`);
  }
  if (plan.themes.some((t) => t.lead))
    rows.push(
      `<tr>${cell('th', '分組成員')}${plan.themes.map((t) => cell('td', leadText(t))).join('')}</tr>`,
    );
  return `<table border="1" cellspacing="0" cellpadding="4">${rows.join('')}</table>`;
}

function scorecard(plan: PlanDocument, objectives: PlanDocument['objectives'], locale: Locale): string {
  const cols = columnsOf(plan);
  const head = `<tr>${cols.map((c) => cell('th', heading(c, locale))).join('')}</tr>`;
  const body = withPerspectiveCells(blocksOf(plan, objectives, rowOrder(plan)), (p) =>
    perspectiveName(p, locale),
  ).map(
    (r) =>
      `<tr>${cols
        .filter((c) => r[c].rowSpan !== 0)
        .map((c) => cell('td', r[c].text, r[c].rowSpan > 1 ? ` rowspan="${r[c].rowSpan}"` : ''))
        .join('')}</tr>`,
  );
  return `<table border="1" cellspacing="0" cellpadding="4">${head}${body.join('')}</table>`;
}

export function planHtml(
  plan: PlanDocument,
  o: { locale: Locale; cascadeNotes: Record<string, string>; cascadeSentence: string | null },
): string {
  const en = o.locale === 'en';
  const parts: string[] = [];
  parts.push(`<h1>${esc(plan.org.name)} ${esc(plan.title ?? `${plan.year}年策略地圖暨平衡計分卡`)}</h1>`);
  parts.push(
    `<p>${esc(en ? (plan.issued ?? String(plan.year + 1911)) : rocDate(plan.issued, plan.year))}</p>`,
  );
  parts.push(`<h2>${en ? 'Mission, Vision and Core Values' : '壹、使命、願景及核心價值'}</h2>`);
  parts.push(`<h3>${en ? 'Mission' : '使命'}</h3><p>${esc(plan.mission)}</p>`);
  parts.push(`<h3>${en ? 'Vision' : '願景'}</h3><p>${esc(plan.vision)}</p>`);
  parts.push(
    `<h3>${en ? 'Core Values' : '核心價值'}</h3><p>${esc(plan.coreValues.join(en ? ', ' : '、'))}</p>`,
  );
  parts.push(`<h2>${en ? 'Strategic Themes' : '貳、策略主題'}</h2>`);
  if (o.cascadeSentence) parts.push(`<p>${esc(o.cascadeSentence)}</p>`);
  parts.push(
    `<ol type="A">${plan.themes
      .map(
        (t) =>
          `<li>${esc(`${t.letter} ${t.name}`)}${o.cascadeNotes[t.letter] ? esc(`（${o.cascadeNotes[t.letter]}）`) : ''}</li>`,
      )
      .join('')}</ol>`,
  );
  parts.push(`<h2>${en ? 'Strategy Map' : '參、策略地圖'}</h2>`, mapTable(plan, o.locale));
  if (plan.kpis.length) {
    parts.push(`<h2>${en ? 'Balanced Scorecard' : '肆、平衡計分卡'}</h2>`);
    for (const t of plan.themes) {
      const objectives = plan.objectives.filter((x) => x.theme === t.letter);
      if (!objectives.length) continue;
      parts.push(
        `<h3>${esc(en ? `Strategic Theme ${t.letter}: ${t.name}` : `策略主題：${t.name}(${t.letter})`)}</h3>`,
      );
      parts.push(scorecard(plan, objectives, o.locale));
    }
    const shared = plan.objectives.filter((x) => !x.theme || !plan.themes.some((t) => t.letter === x.theme));
    if (shared.length)
      parts.push(
        `<h3>${en ? 'Objectives shared by all themes' : '共同策略目標'}</h3>`,
        scorecard(plan, shared, o.locale),
      );
  }
  return `<!DOCTYPE html><html lang="${o.locale}"><head><meta charset="utf-8"><title>${esc(plan.org.name)}</title></head><body>${parts.join('\n')}</body></html>\n`;
}
