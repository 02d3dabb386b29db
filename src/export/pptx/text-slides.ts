import type PptxGenJS from 'pptxgenjs';
import { wrapText } from '../../domain/map-layout';
import type { PlanDocument } from '../../domain/plan-document';
import { addText, CONTENT, frame, MUTED, NAVY, PALE, PT, RULE, SLIDE } from './deck';

/** Cover and 使命／願景／核心價值: the two slides every agency deck opens with. */

/**
 * The largest size (down to `min`) at which `text` fits the box; text that does not fit even
 * at `min` is shortened with an ellipsis rather than run off the slide.
 */
export function fitText(
  text: string,
  widthIn: number,
  heightIn: number,
  max: number,
  min: number,
): { size: number; text: string } {
  for (let size = max; size >= min; size -= 1) {
    const lines = wrapText(text, widthIn * PT, size).length;
    if (lines * size * 1.3 <= heightIn * PT) return { size, text };
  }
  const room = Math.max(1, Math.floor((heightIn * PT) / (min * 1.3)));
  const lines = wrapText(text, widthIn * PT, min).slice(0, room);
  return { size: min, text: `${lines.join('').slice(0, -1)}…` };
}

export function addCover(pptx: PptxGenJS, plan: PlanDocument, title: string, date: string): void {
  const slide = pptx.addSlide();
  slide.background = { color: 'FFFFFF' };
  slide.addShape('rect', { x: 0, y: 0, w: SLIDE.w, h: 0.35, fill: { color: NAVY }, line: { type: 'none' } });
  slide.addShape('rect', {
    x: 0,
    y: SLIDE.h - 0.35,
    w: SLIDE.w,
    h: 0.35,
    fill: { color: NAVY },
    line: { type: 'none' },
  });
  const w = SLIDE.w - 2 * 1.2;
  const org = fitText(plan.org.name, w, 0.9, 32, 14);
  const head = fitText(title, w, 1.9, 40, 12);
  addText(slide, org.text, {
    x: 1.2,
    y: 1.7,
    w,
    h: 0.9,
    fontSize: org.size,
    lineSpacing: org.size * 1.3,
    color: MUTED,
    align: 'center',
    valign: 'bottom',
  });
  addText(slide, head.text, {
    x: 1.2,
    y: 2.75,
    w,
    h: 1.9,
    fontSize: head.size,
    lineSpacing: head.size * 1.3,
    bold: true,
    color: NAVY,
    align: 'center',
    valign: 'middle',
  });
  slide.addShape('line', { x: 4.67, y: 4.85, w: 4, h: 0, line: { color: RULE, width: 1.5 } });
  addText(slide, date, { x: 1.2, y: 5.05, w, h: 0.6, fontSize: 20, color: MUTED, align: 'center' });
}

export function addMissionSlide(pptx: PptxGenJS, plan: PlanDocument, footer: string): void {
  const slide = pptx.addSlide();
  frame(slide, '使命、願景與核心價值', footer);
  const sections = [
    { heading: '使命', text: plan.mission || '（未填寫）' },
    { heading: '願景', text: plan.vision || '（未填寫）' },
    { heading: '核心價值', text: plan.coreValues.length ? plan.coreValues.join('、') : '（未填寫）' },
  ];
  const x = SLIDE.margin + 0.2;
  const labelW = 2.0;
  const gap = 0.22;
  const h = (CONTENT.bottom - CONTENT.top - 0.2 - 2 * gap) / 3;
  const textW = SLIDE.w - 2 * x - labelW - 0.3;
  sections.forEach((s, i) => {
    const y = CONTENT.top + 0.1 + i * (h + gap);
    slide.addShape('rect', { x, y, w: labelW, h, fill: { color: NAVY }, line: { type: 'none' } });
    addText(slide, s.heading, {
      x,
      y,
      w: labelW,
      h,
      fontSize: 24,
      bold: true,
      color: 'FFFFFF',
      align: 'center',
      valign: 'middle',
    });
    slide.addShape('rect', {
      x: x + labelW,
      y,
      w: SLIDE.w - 2 * x - labelW,
      h,
      fill: { color: PALE },
      line: { type: 'none' },
    });
    const fitted = fitText(s.text, textW, h - 0.2, 26, 10);
    const size = fitted.size;
    addText(slide, fitted.text, {
      x: x + labelW + 0.3,
      y,
      w: textW,
      h,
      fontSize: size,
      color: NAVY,
      valign: 'middle',
      lineSpacing: size * 1.3,
    });
  });
}
