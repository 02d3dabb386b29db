import PptxGenJS from 'pptxgenjs';
import { formatRocDate } from '../../domain/periods';
import type { PlanDocument } from '../../domain/plan-document';
import { coverTitle, scorecardGroups } from '../scorecard-model';
import { latestResults, objectiveLights } from '../tracking';
import { xmlSafe } from '../xml-text';
import { CONTENT, FONT_FACE, frame, SLIDE } from './deck';
import { drawMap, fitLayout } from './map-slide';
import { relationPlans } from './relation-plans';
import { addResultsSlides } from './results-slides';
import { addScorecardSlides } from './scorecard-slides';
import { addCover, addMissionSlide } from './text-slides';

export interface PptxOptions {
  /** The date on the cover when the plan has no issue date (defaults to now). */
  now?: Date;
}

/**
 * The agency's presentation deck: cover, 使命／願景／核心價值, the strategy map, a 關聯圖 per
 * theme with cause-effect links, the scorecard of each theme, and results when tracked.
 */
export async function writePptx(document: PlanDocument, options: PptxOptions = {}): Promise<Uint8Array> {
  // pptxgenjs writes text as it is given: a control character would make the slide unreadable.
  const plan = xmlSafe(document);
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.author = plan.org.name;
  pptx.company = plan.org.parent ?? plan.org.name;
  pptx.title = coverTitle(plan);
  pptx.theme = { headFontFace: FONT_FACE, bodyFontFace: FONT_FACE };
  const footer = `${plan.org.name}　${plan.year}年`;
  const date = plan.issued ? formatRocDate(plan.issued) : formatRocDate(options.now ?? new Date());

  addCover(pptx, plan, coverTitle(plan), date);
  addMissionSlide(pptx, plan, footer);

  const results = latestResults(plan);
  const mapSlide = pptx.addSlide();
  mapSlide.background = { color: 'FFFFFF' };
  const edge = 0.2;
  drawMap(
    mapSlide,
    fitLayout(
      plan,
      { x: edge, y: edge, w: SLIDE.w - 2 * edge, h: SLIDE.h - 2 * edge },
      { lights: objectiveLights(results) },
    ),
  );

  for (const rel of relationPlans(plan)) {
    const slide = pptx.addSlide();
    frame(slide, `關聯圖　${rel.heading}`, footer);
    const box = {
      x: SLIDE.margin,
      y: CONTENT.top,
      w: SLIDE.w - 2 * SLIDE.margin,
      h: CONTENT.bottom - CONTENT.top,
    };
    drawMap(slide, fitLayout(rel.plan, box));
  }

  for (const group of scorecardGroups(plan)) {
    if (group.objectives.length > 0 || group.kind === 'theme') addScorecardSlides(pptx, group, footer);
  }
  if (results) addResultsSlides(pptx, plan, results, footer);

  const out = await pptx.write({ outputType: 'uint8array', compression: true });
  return out as Uint8Array;
}
