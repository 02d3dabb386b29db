import type PptxGenJS from 'pptxgenjs';
import type { PlanDocument } from '../../../src/domain/plan-document';
import { addBox, FONT } from './map-draw';
import { type Locale, rocDate } from './words';

/**
 * The slides around the map: a title slide, the table of contents, an organisation chart, the
 * mission/vision/values slide, and the page header and slide number every other slide repeats.
 */

export interface Chrome {
  header: string;
  locale: Locale;
}

/** A content slide: repeated header strip, slide title, slide number; returns where content starts. */
export function contentSlide(
  pptx: PptxGenJS,
  chrome: Chrome,
  title: string,
): { slide: PptxGenJS.Slide; top: number } {
  const slide = pptx.addSlide();
  slide.addShape('rect', {
    x: 0,
    y: 0,
    w: 13.333,
    h: 0.32,
    fill: { color: '1F4E79' },
    line: { color: '1F4E79' },
  });
  slide.addText(chrome.header, {
    x: 0.3,
    y: 0.02,
    w: 12.7,
    h: 0.28,
    fontFace: FONT,
    fontSize: 9,
    lang: 'zh-TW',
    color: 'FFFFFF',
    valign: 'middle',
  });
  slide.addText(title, {
    x: 0.35,
    y: 0.38,
    w: 12.6,
    h: 0.55,
    fontFace: FONT,
    fontSize: 22,
    bold: true,
    lang: 'zh-TW',
    color: '1F4E79',
  });
  slide.slideNumber = { x: 12.5, y: 7.1, w: 0.6, h: 0.3, fontFace: FONT, fontSize: 10, color: '7F7F7F' };
  return { slide, top: 1.0 };
}

export function titleSlide(pptx: PptxGenJS, plan: PlanDocument, locale: Locale): void {
  const slide = pptx.addSlide();
  slide.background = { color: 'F3F7FB' };
  const sub =
    locale === 'en'
      ? (plan.title ?? `Strategy Map in ${plan.year + 1911}`)
      : (plan.title ?? `${plan.year}年策略地圖暨平衡計分卡`);
  const date = locale === 'en' ? (plan.issued ?? String(plan.year + 1911)) : rocDate(plan.issued, plan.year);
  slide.addText(plan.org.name, {
    x: 0.8,
    y: 2.0,
    w: 11.7,
    h: 1.0,
    fontFace: FONT,
    fontSize: 36,
    bold: true,
    align: 'center',
    lang: 'zh-TW',
    color: '1F4E79',
  });
  slide.addText(sub, {
    x: 0.8,
    y: 3.1,
    w: 11.7,
    h: 0.8,
    fontFace: FONT,
    fontSize: 26,
    align: 'center',
    lang: 'zh-TW',
  });
  slide.addText(date, {
    x: 0.8,
    y: 5.2,
    w: 11.7,
    h: 0.5,
    fontFace: FONT,
    fontSize: 16,
    align: 'center',
    lang: 'zh-TW',
    color: '52606D',
  });
}

export const TOC_ENTRIES = ['組織架構', '策略地圖', '平衡計分卡'];

export function tocSlide(pptx: PptxGenJS, chrome: Chrome): void {
  const { slide, top } = contentSlide(pptx, chrome, '簡報大綱');
  TOC_ENTRIES.forEach((entry, i) => {
    addBox(
      slide,
      String(i + 1),
      { x: 3.2, y: top + 0.6 + i * 1.3, w: 0.9, h: 0.9 },
      { shape: 'ellipse', fontSize: 24, bold: true, fill: { color: '1F4E79' }, color: 'FFFFFF' },
    );
    addBox(
      slide,
      entry,
      { x: 4.4, y: top + 0.6 + i * 1.3, w: 5.5, h: 0.9 },
      { fontSize: 24, align: 'left', line: { color: '1F4E79', width: 1 } },
    );
  });
}

const UNITS = ['秘書室', '企劃科', '業務一科', '業務二科', '資訊室', '人事室', '會計室', '政風室'];

export function orgChartSlide(pptx: PptxGenJS, chrome: Chrome, plan: PlanDocument): void {
  const { slide, top } = contentSlide(pptx, chrome, `${TOC_ENTRIES[0]}`);
  addBox(
    slide,
    plan.org.name.replace(/^臺北市政府(?=.)/, ''),
    { x: 5.2, y: top + 0.3, w: 2.9, h: 0.7 },
    { fontSize: 18, bold: true, fill: { color: '1F4E79' }, color: 'FFFFFF' },
  );
  slide.addShape('line', { x: 6.65, y: top + 1.0, w: 0, h: 0.6, line: { color: '1F4E79', width: 1.5 } });
  slide.addShape('line', { x: 1.0, y: top + 1.6, w: 11.3, h: 0, line: { color: '1F4E79', width: 1.5 } });
  UNITS.forEach((u, i) => {
    const x = 0.6 + i * 1.5;
    slide.addShape('line', { x: x + 0.6, y: top + 1.6, w: 0, h: 0.4, line: { color: '1F4E79', width: 1.5 } });
    addBox(
      slide,
      u.split('').join('\n'),
      { x: x + 0.2, y: top + 2.0, w: 0.8, h: 2.2 },
      { fontSize: 14, line: { color: '1F4E79', width: 1 } },
    );
  });
}

export function mvvSlide(pptx: PptxGenJS, chrome: Chrome, plan: PlanDocument): void {
  const en = chrome.locale === 'en';
  const { slide, top } = contentSlide(
    pptx,
    chrome,
    en ? 'Mission, Vision and Core Values' : '使命、願景及核心價值',
  );
  const items: [string, string][] = [
    [en ? 'Vision' : '願景', plan.vision],
    [en ? 'Mission' : '使命', plan.mission],
    [en ? 'Core Values' : '核心價值', plan.coreValues.join(en ? ', ' : '、')],
  ];
  items.forEach(([label, text], i) => {
    const y = top + 0.3 + i * 1.9;
    addBox(
      slide,
      label,
      { x: 0.8, y, w: 2.4, h: 1.5 },
      { fontSize: 22, bold: true, fill: { color: '1F4E79' }, color: 'FFFFFF' },
    );
    addBox(
      slide,
      text,
      { x: 3.4, y, w: 9.1, h: 1.5 },
      { fontSize: 20, align: 'left', line: { color: '1F4E79', width: 1 } },
    );
  });
}

/** The mission/vision/values strip that heads a map slide, in the 【使命】 form of the seeds. */
export function mvvStrip(slide: PptxGenJS.Slide, plan: PlanDocument, top: number, locale: Locale): number {
  const en = locale === 'en';
  const parts: [string, string][] = [
    [en ? '[Mission]' : '【使命】', plan.mission],
    [en ? '[Vision]' : '【願景】', plan.vision],
    [en ? '[Core Values]' : '【核心價值】', plan.coreValues.join(en ? ', ' : '、')],
  ];
  parts.forEach(([label, text], i) => {
    addBox(
      slide,
      `${label}\n${text}`,
      { x: 0.35 + i * 4.22, y: top, w: 4.12, h: 0.75 },
      { fontSize: 10, line: { color: 'BF9000', width: 1 }, fill: { color: 'FFF2CC' } },
    );
  });
  return top + 0.85;
}
