import type PptxGenJS from 'pptxgenjs';
import type { PlanDocument } from '../../../src/domain/plan-document';
import { FONT } from './map-draw';
import { cardText, type GridOptions, headerText } from './map-grid';
import { lineCount, textHeight } from './text-size';
import { perspectiveLabel, rowOrder } from './words';

/**
 * The map drawn as one PowerPoint table, as many agencies do: themes as columns, perspectives as
 * rows, every objective of a cell as a paragraph of that cell; objectives of no theme (TC1, F1)
 * in a row of their own merged across all theme columns, under the same perspective label.
 */

export function addMapTable(
  slide: PptxGenJS.Slide,
  plan: PlanDocument,
  o: Omit<GridOptions, 'area'> & { top: number; height: number },
): void {
  const n = plan.themes.length;
  const labelW = o.locale === 'en' ? 1.5 : 0.9;
  const colW = (12.6 - labelW) / n;
  const texts = (objs: PlanDocument['objectives']) => objs.map((x) => cardText(x.code, x.name, o)).join('\n');
  const header: PptxGenJS.TableRow = [
    {
      text: o.locale === 'en' ? 'Strategic Theme' : '策略主題',
      options: { bold: true, fill: { color: 'FCE4D6' } },
    },
    ...plan.themes.map((t) => {
      const note = o.cascadeNotes?.[t.letter];
      return {
        text: headerText(t.letter, t.name, o.letter) + (note ? `\n${note}` : ''),
        options: { bold: true, fill: { color: 'FCE4D6' }, align: 'center' as const },
      };
    }),
  ];
  const rows: PptxGenJS.TableRow[] = [header];
  const cellTexts: string[][] = [[]];
  for (const p of rowOrder(plan)) {
    const inRow = plan.objectives.filter((x) => x.perspective === p);
    const spanning = inRow.filter((x) => !x.theme || !plan.themes.some((t) => t.letter === x.theme));
    const label = {
      text: perspectiveLabel(p, o.locale, o.labelForm),
      options: { bold: true, fill: { color: 'DEEAF6' } },
    };
    const perTheme = plan.themes.map((t) => texts(inRow.filter((x) => x.theme === t.letter)));
    if (spanning.length) {
      rows.push([
        { ...label, options: { ...label.options, rowspan: 2 } },
        { text: texts(spanning), options: { colspan: n } },
      ]);
      rows.push(perTheme.map((text) => ({ text })));
      cellTexts.push([texts(spanning)], perTheme);
    } else {
      rows.push([label, ...perTheme.map((text) => ({ text }))]);
      cellTexts.push(perTheme);
    }
  }
  if (o.leads && plan.themes.some((t) => t.lead)) {
    const leads = plan.themes.map((t) =>
      t.lead
        ? `${t.lead.replace(/^臺北市政府/, '')}(主功) ${(t.members ?? []).map((m) => m.replace(/^臺北市政府/, '')).join('、')}`
        : '',
    );
    rows.push([
      { text: '分組成員', options: { bold: true, fill: { color: 'DEEAF6' } } },
      ...leads.map((text) => ({ text })),
    ]);
    cellTexts.push(leads);
  }
  let fontSize = 11;
  const heightAt = (pt: number) =>
    cellTexts.reduce(
      (sum, cells) =>
        sum +
        Math.max(
          0.3,
          ...cells.map((t) =>
            textHeight(lineCount(t, (cells.length === 1 ? colW * n : colW) - 0.1, pt), pt, 0.1),
          ),
        ),
      0.5,
    );
  while (fontSize > 6 && heightAt(fontSize) > o.height) fontSize--;
  slide.addTable(rows, {
    x: 0.35,
    y: o.top,
    w: 12.6,
    colW: [labelW, ...plan.themes.map(() => colW)],
    fontFace: FONT,
    fontSize,
    lang: 'zh-TW',
    valign: 'middle',
    border: { type: 'solid', pt: 0.75, color: '808080' },
    autoPage: false,
  });
}
