import type { ArrowShape, CardShape, LayoutOptions, MapLayout, Shape, TextBlock } from '../domain/map-layout';
import { layoutStrategyMap, lineBaselines, lineX } from '../domain/map-layout';
import type { PlanDocument } from '../domain/plan-document';
import { xmlSafeText } from './xml-text';

/**
 * The strategy map as a standalone SVG document: the web page shows it, the PNG and PDF
 * writers rasterise it. All geometry comes from the layout; this file only serialises it.
 */

export interface SvgOptions {
  /** Prefix of the ids inside the SVG, so that several maps can sit in one HTML page. */
  idPrefix?: string;
}

export function escapeXml(text: string): string {
  return xmlSafeText(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function n(v: number): string {
  return String(Math.round(v * 10) / 10);
}

function attrs(map: Record<string, string | number | null | undefined>): string {
  let out = '';
  for (const [k, v] of Object.entries(map)) {
    if (v === null || v === undefined) continue;
    out += ` ${k}="${typeof v === 'number' ? n(v) : escapeXml(v)}"`;
  }
  return out;
}

function text(block: TextBlock): string {
  const x = lineX(block);
  const anchor = block.align === 'middle' ? 'middle' : 'start';
  const ys = lineBaselines(block);
  return block.lines
    .map(
      (line, i) =>
        `<text${attrs({
          x,
          y: ys[i] ?? 0,
          'font-size': block.fontSize,
          'font-weight': block.weight === 'bold' ? 'bold' : null,
          fill: block.color,
          'text-anchor': anchor,
        })}>${escapeXml(line)}</text>`,
    )
    .join('');
}

function box(shape: Exclude<Shape, ArrowShape>): string {
  const { rect } = shape;
  if (!shape.fill && !shape.stroke) return '';
  return `<rect${attrs({
    x: rect.x,
    y: rect.y,
    width: rect.w,
    height: rect.h,
    rx: shape.radius || null,
    fill: shape.fill ?? 'none',
    stroke: shape.stroke,
    'stroke-width': shape.stroke ? shape.strokeWidth : null,
    'stroke-dasharray': shape.dashed ? '6 4' : null,
  })}/>`;
}

function card(c: CardShape): string {
  const dot = c.lightDot
    ? `<circle${attrs({ cx: c.lightDot.cx, cy: c.lightDot.cy, r: c.lightDot.r, fill: c.lightDot.fill, stroke: '#ffffff', 'stroke-width': 1 })}/>`
    : '';
  return `<g${attrs({
    class: c.highlighted ? 'objective highlighted' : 'objective',
    'data-code': c.code,
    'data-light': c.light,
  })}><title>${escapeXml(c.title)}</title>${box(c)}${c.texts.map(text).join('')}${dot}</g>`;
}

function arrow(a: ArrowShape, marker: string): string {
  if (a.points.length < 2) return '';
  return `<polyline${attrs({
    class: 'link',
    'data-from': a.from,
    'data-to': a.to,
    points: a.points.map((p) => `${n(p.x)},${n(p.y)}`).join(' '),
    fill: 'none',
    stroke: a.stroke,
    'stroke-width': a.strokeWidth,
    'stroke-linejoin': 'round',
    'marker-end': `url(#${marker})`,
  })}/>`;
}

export function renderSvg(layout: MapLayout, options: SvgOptions = {}): string {
  const prefix = options.idPrefix ?? 'strategy-map';
  const marker = `${prefix}-arrowhead`;
  const titleId = `${prefix}-title`;
  const family = layout.fontFamily.map((f) => (f.includes(' ') ? `'${f}'` : f)).join(', ');
  const head = layout.shapes.find((s): s is ArrowShape => s.kind === 'arrow');
  const hl = head?.headLength ?? 8;
  const hw = head?.headWidth ?? 7;
  const body = layout.shapes
    .map((s) => {
      if (s.kind === 'arrow') return arrow(s, marker);
      if (s.kind === 'card') return card(s);
      const code = s.kind === 'band' ? null : s.code;
      const inner = box(s) + s.texts.map(text).join('');
      return inner ? `<g${attrs({ class: `${s.kind} ${s.role}`, 'data-code': code })}>${inner}</g>` : '';
    })
    .join('\n');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg${attrs({
      xmlns: 'http://www.w3.org/2000/svg',
      'xml:lang': 'zh-TW',
      width: layout.width,
      height: layout.height,
      viewBox: `0 0 ${n(layout.width)} ${n(layout.height)}`,
      'font-family': family,
      role: 'img',
      'aria-labelledby': titleId,
    })}>`,
    `<title${attrs({ id: titleId })}>${escapeXml(layout.title)}</title>`,
    `<defs><marker${attrs({
      id: marker,
      viewBox: '0 0 10 10',
      refX: 10,
      refY: 5,
      markerWidth: hl,
      markerHeight: hw,
      markerUnits: 'userSpaceOnUse',
      orient: 'auto',
    })}><path d="M0,0 L10,5 L0,10 z" fill="${escapeXml(head?.stroke ?? '#334e68')}"/></marker></defs>`,
    `<rect${attrs({ width: layout.width, height: layout.height, fill: layout.background })}/>`,
    body,
    '</svg>',
    '',
  ].join('\n');
}

/** Layout and render in one call: the SVG of a plan's strategy map. */
export function strategyMapSvg(plan: PlanDocument, options: LayoutOptions & SvgOptions = {}): string {
  return renderSvg(layoutStrategyMap(plan, options), options);
}
