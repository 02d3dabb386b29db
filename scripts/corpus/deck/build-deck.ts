import PptxGenJS from 'pptxgenjs';
import type { PlanDocument } from '../../../src/domain/plan-document';
import { type ElementKind, kindsPresent } from '../kinds';
import type { CorpusPlan } from '../plans';
import { cascadeNotes, cascadeSentence } from './cascade';
import { type Chrome, contentSlide, mvvSlide, mvvStrip, orgChartSlide, titleSlide, tocSlide } from './front';
import { drawGrid } from './map-draw';
import { layoutGrid } from './map-grid';
import { addMapTable } from './map-table';
import { postProcess } from './post-process';
import { addScorecards } from './scorecard-slides';
import type { DeckStyle } from './styles';

/**
 * One agency deck of a plan in one style, written by pptxgenjs and post-processed into what
 * PowerPoint itself writes (grouped shapes, glued connectors). Returns the bytes and, for every
 * plan the deck shows, what the deck states of it.
 */

export interface DeckExpectation {
  planId: string;
  kinds: ElementKind[];
}

export interface Deck {
  bytes: Uint8Array;
  expected: DeckExpectation[];
}

const PALETTE = { header: '1F4E79', headerText: 'FFFFFF', label: '2E75B6', card: 'FFFFFF', line: '1F4E79' };

function mapSlide(
  pptx: PptxGenJS,
  chrome: Chrome,
  title: string,
  style: DeckStyle,
  plan: PlanDocument,
  extras: {
    lines: string[];
    notes: Record<string, string>;
    strip: boolean;
  },
): void {
  const { slide, top: t0 } = contentSlide(pptx, chrome, title);
  let top = extras.strip ? mvvStrip(slide, plan, t0, chrome.locale) : t0;
  for (const line of extras.lines) {
    slide.addText(line, {
      x: 0.35,
      y: top,
      w: 12.6,
      h: 0.32,
      fontFace: 'Microsoft JhengHei',
      fontSize: 12,
      bold: true,
      lang: 'zh-TW',
      color: 'C00000',
    });
    top += 0.34;
  }
  const height = 7.05 - top;
  const grid = { ...style.grid, locale: chrome.locale, cascadeNotes: extras.notes, leads: true };
  if (style.map === 'table') {
    addMapTable(slide, plan, { ...grid, top, height });
    return;
  }
  const layout = layoutGrid(plan, { ...grid, area: { x: 0.35, y: top, w: 12.6, h: height } });
  drawGrid(slide, plan, layout, {
    cards: style.map === 'groups' ? 'group' : 'box',
    arrows: style.arrows === 'none' ? 'none' : 'line',
    palette: PALETTE,
  });
}

export async function buildDeck(
  p: CorpusPlan,
  parent: CorpusPlan | undefined,
  style: DeckStyle,
): Promise<Deck> {
  const plan = p.plan;
  const locale = p.locale;
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = plan.title ?? plan.org.name;
  const header =
    style.header === 'mvv'
      ? `${locale === 'en' ? 'Mission' : '使命'}：${plan.mission}　${locale === 'en' ? 'Vision' : '願景'}：${plan.vision}`
      : `${plan.org.name} ${plan.title ?? `${plan.year}年策略地圖暨平衡計分卡`}`;
  const chrome: Chrome = { header, locale };
  titleSlide(pptx, plan, locale);
  if (style.toc && locale !== 'en') tocSlide(pptx, chrome);
  if (style.orgChart && locale !== 'en') orgChartSlide(pptx, chrome, plan);
  mvvSlide(pptx, chrome, plan);
  const showParent = style.parentMap && parent !== undefined && plan.themes.some((t) => t.cascadesFrom);
  const expected: DeckExpectation[] = [];
  if (showParent && parent) {
    const pp = parent.plan;
    mapSlide(
      pptx,
      chrome,
      `${pp.year}年${pp.org.name}策略地圖`,
      style,
      { ...pp, links: [] },
      { lines: [], notes: {}, strip: true },
    );
    expected.push({
      planId: parent.id,
      kinds: [...kindsPresent(pp)].filter((k) =>
        ['plan', 'mvv', 'themes', 'objectives', 'leads'].includes(k),
      ),
    });
  }
  const sentence = style.cascade === 'prose' ? cascadeSentence(plan, parent, showParent) : null;
  const lines: string[] = sentence ? [sentence] : [];
  const notes = sentence ? {} : cascadeNotes(plan, parent, showParent);
  if (style.counts !== 'none')
    lines.push(
      locale === 'en'
        ? `${plan.objectives.length} strategic objectives and ${plan.kpis.length} KPIs`
        : plan.kpis.length
          ? `訂定${plan.objectives.length}項策略目標及${plan.kpis.length}項KPI指標`
          : `共計${plan.objectives.length}項策略目標`,
    );
  const mapTitle =
    locale === 'en'
      ? (plan.title ?? 'Strategy Map')
      : `${plan.year}年${plan.org.name.replace(/^臺北市政府(?=.)/, '')}策略地圖`;
  mapSlide(pptx, chrome, mapTitle, style, plan, { lines, notes, strip: false });
  if (plan.kpis.length)
    addScorecards(plan, {
      locale,
      by: style.scorecards,
      maxRows: style.maxRows,
      counts: style.counts === 'all',
      newSlide: (title) => contentSlide(pptx, chrome, title),
    });
  const closing = pptx.addSlide();
  closing.addText(locale === 'en' ? 'Thank you' : '簡報完畢\n敬請指教', {
    x: 0.8,
    y: 2.5,
    w: 11.7,
    h: 2,
    fontFace: 'Microsoft JhengHei',
    fontSize: 36,
    align: 'center',
    lang: 'zh-TW',
  });

  const present = kindsPresent(plan);
  const kinds = [...present].filter((k) => {
    if (k === 'links') return style.arrows !== 'none';
    if (k === 'parent') return present.has('cascades') || showParent;
    return true;
  });
  expected.unshift({ planId: p.id, kinds });
  const raw = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  return {
    bytes: postProcess(raw, { groups: style.map === 'groups', connectors: style.arrows === 'connector' }),
    expected,
  };
}
