import { linesHeight, textBlock, wrap } from './blocks';
import type { ColumnSpec } from './classify';
import { roundRect } from './grid';
import { COLOURS, cascadeKey, type MapLabels, SIZE } from './style';
import { wrapItems } from './text-measure';
import type { HeaderShape, LabelShape, MapColumn, Rect, TextBlock } from './types';

/** The bands above and below the grid: title, mission/vision/values, cascade, themes, footer. */

type Section = { shapes: (HeaderShape | LabelShape)[]; height: number };

const GAP = 10;

function header(
  id: string,
  role: HeaderShape['role'],
  rect: Rect,
  texts: TextBlock[],
  fill: string | null,
  stroke: string | null,
  code: string | null = null,
): HeaderShape {
  return {
    kind: 'header',
    id,
    role,
    code,
    rect: roundRect(rect),
    fill,
    stroke,
    strokeWidth: stroke ? 1 : 0,
    dashed: false,
    radius: 4,
    texts,
  };
}

function label(
  id: string,
  role: LabelShape['role'],
  rect: Rect,
  text: string,
  fontSize: number,
  colour: string,
): LabelShape {
  const lines = wrap(text, rect.w - 12, fontSize);
  const texts = lines.length
    ? [textBlock(lines, { fontSize, weight: 'bold', color: colour }, roundRect(rect))]
    : [];
  return {
    kind: 'label',
    id,
    role,
    code: null,
    rect: roundRect(rect),
    fill: COLOURS.headerFill,
    stroke: null,
    strokeWidth: 0,
    dashed: false,
    radius: 4,
    texts,
  };
}

/** A heading line above its content, centred together in the box. */
function stacked(
  box: Rect,
  parts: { lines: string[]; fontSize: number; weight: 'normal' | 'bold'; color: string }[],
): TextBlock[] {
  const heights = parts.map((p) => linesHeight(p.lines.length, p.fontSize));
  let y = box.y + (box.h - heights.reduce((a, b) => a + b, 0)) / 2;
  return parts.map((p, i) => {
    const h = heights[i] ?? 0;
    const block = textBlock(p.lines, p, roundRect({ x: box.x, y, w: box.w, h }));
    y += h;
    return block;
  });
}

export function titleSection(title: string, width: number, top: number): Section {
  const w = width - 2 * SIZE.margin;
  const lines = wrap(title, w, SIZE.titleFont);
  const h = linesHeight(lines.length, SIZE.titleFont) + 8;
  const rect = { x: SIZE.margin, y: top, w, h };
  const text = textBlock(
    lines,
    { fontSize: SIZE.titleFont, weight: 'bold', color: COLOURS.title },
    roundRect(rect),
  );
  return { shapes: [header('title', 'title', rect, [text], null, null)], height: h + GAP };
}

export function missionSection(
  entries: { role: 'mission' | 'vision' | 'values'; heading: string; text: string; items?: string[] }[],
  separator: string,
  width: number,
  top: number,
): Section {
  const present = entries.filter((e) => e.text.trim() !== '');
  if (present.length === 0) return { shapes: [], height: 0 };
  const boxW = (width - 2 * SIZE.margin - (present.length - 1) * GAP) / present.length;
  const inner = boxW - 24;
  const sized = present.map((e) => ({
    e,
    head: [e.heading],
    body: e.items
      ? wrapItems(e.items, separator, inner, SIZE.headerFont)
      : e.text.split(/\n+/).flatMap((para) => wrap(para, inner, SIZE.headerFont)),
  }));
  const h =
    Math.max(
      ...sized.map((s) => linesHeight(1, SIZE.headerTitleFont) + linesHeight(s.body.length, SIZE.headerFont)),
    ) + 16;
  const shapes = sized.map((s, i) => {
    const rect = { x: SIZE.margin + i * (boxW + GAP), y: top, w: boxW, h };
    const texts = stacked({ x: rect.x + 12, y: rect.y, w: inner, h }, [
      { lines: s.head, fontSize: SIZE.headerTitleFont, weight: 'bold', color: COLOURS.headerLabel },
      { lines: s.body, fontSize: SIZE.headerFont, weight: 'normal', color: COLOURS.ink },
    ]);
    return header(s.e.role, s.e.role, rect, texts, COLOURS.headerFill, COLOURS.headerStroke);
  });
  return { shapes, height: h + GAP };
}

/**
 * The parent themes, one box over each run of neighbouring columns cascading from the same
 * parent theme: the library's four themes all sit under 教育局's H, as its slide draws it.
 */
export function cascadeSection(
  specs: ColumnSpec[],
  columns: MapColumn[],
  labels: MapLabels,
  names: Record<string, string>,
  top: number,
): Section {
  const runs: { from: number; to: number; text: string; key: string }[] = [];
  specs.forEach((s, i) => {
    const ref = s.cascadesFrom;
    if (!ref) return;
    const key = cascadeKey(ref.org, ref.letter);
    const last = runs[runs.length - 1];
    if (last && last.key === key && last.to === i - 1) last.to = i;
    else runs.push({ from: i, to: i, key, text: labels.cascade(ref.org, ref.letter, names[key] ?? null) });
  });
  if (runs.length === 0) return { shapes: [], height: 0 };
  const boxes = runs.map((r) => {
    const a = columns[r.from] as MapColumn;
    const b = columns[r.to] as MapColumn;
    const x = a.x + 3;
    const w = b.x + b.w - 3 - x;
    return { r, x, w, lines: wrap(r.text, w - 16, SIZE.headerFont) };
  });
  const h = Math.max(...boxes.map((b) => linesHeight(b.lines.length, SIZE.headerFont))) + 12;
  const shapes = boxes.map(({ r, x, w, lines }) => {
    const rect = { x, y: top, w, h };
    const text = textBlock(
      lines,
      { fontSize: SIZE.headerFont, weight: 'bold', color: COLOURS.cascadeText },
      roundRect(rect),
    );
    return header(`cascade-${r.from}`, 'cascade', rect, [text], COLOURS.cascadeFill, null);
  });
  return { shapes, height: h + 6 };
}

export function themeSection(
  specs: ColumnSpec[],
  columns: MapColumn[],
  labels: MapLabels,
  gridX: number,
  top: number,
): Section {
  const inner = (c: MapColumn) => c.w - 6 - 16;
  const sized = columns.map((c, i) => ({
    c,
    spec: specs[i] as ColumnSpec,
    name: wrap(c.unknown ? labels.unknownTheme : c.name, inner(c), SIZE.themeNameFont),
  }));
  const h =
    Math.max(
      linesHeight(2, SIZE.themeNameFont),
      ...sized.map(
        (s) => linesHeight(1, SIZE.themeLetterFont) + linesHeight(s.name.length, SIZE.themeNameFont),
      ),
    ) + 16;
  const shapes: (HeaderShape | LabelShape)[] = [
    label(
      'label-themes',
      'themes',
      { x: SIZE.margin, y: top, w: gridX - SIZE.margin - 6, h },
      labels.themes,
      SIZE.labelFont,
      COLOURS.headerLabel,
    ),
  ];
  for (const { c, name } of sized) {
    const rect = { x: c.x + 3, y: top, w: c.w - 6, h };
    const texts = stacked({ x: rect.x + 8, y: top, w: inner(c), h }, [
      { lines: [c.letter], fontSize: SIZE.themeLetterFont, weight: 'bold', color: COLOURS.themeText },
      { lines: name, fontSize: SIZE.themeNameFont, weight: 'bold', color: COLOURS.themeText },
    ]);
    const shape = header(
      `theme-${c.letter}`,
      'theme',
      rect,
      texts,
      c.unknown ? COLOURS.unknownThemeFill : COLOURS.themeFill,
      null,
      c.letter,
    );
    shape.dashed = c.unknown;
    shapes.push(shape);
  }
  return { shapes, height: h + 6 };
}

/** Strips the plan's own or parent organisation from member names: 臺北市政府環保局 → 環保局. */
function shortOrg(name: string, prefixes: string[]): string {
  for (const p of prefixes)
    if (p && name.startsWith(p) && name.length > p.length) return name.slice(p.length);
  return name;
}

export function footerSection(
  specs: ColumnSpec[],
  columns: MapColumn[],
  labels: MapLabels,
  orgPrefixes: string[],
  gridX: number,
  top: number,
): Section {
  if (!specs.some((s) => s.lead || s.members.length)) return { shapes: [], height: 0 };
  const sep = labels.valueSeparator;
  const sized = columns.map((c, i) => {
    const s = specs[i] as ColumnSpec;
    const w = c.w - 6 - 12;
    const lead = s.lead ? wrap(labels.lead(shortOrg(s.lead, orgPrefixes)), w, SIZE.footerFont) : [];
    const members = wrapItems(
      s.members.map((m) => shortOrg(m, orgPrefixes)),
      sep,
      w,
      SIZE.footerFont,
    );
    return { c, lead, members, w };
  });
  const h =
    Math.max(...sized.map((s) => linesHeight(s.lead.length + s.members.length, SIZE.footerFont))) + 16;
  const shapes: (HeaderShape | LabelShape)[] = [
    label(
      'label-footer',
      'footer',
      { x: SIZE.margin, y: top + 6, w: gridX - SIZE.margin - 6, h },
      labels.members,
      SIZE.labelFont - 2,
      COLOURS.headerLabel,
    ),
  ];
  for (const { c, lead, members, w } of sized) {
    if (lead.length === 0 && members.length === 0) continue;
    const rect = { x: c.x + 3, y: top + 6, w: c.w - 6, h };
    const shape = label(`footer-${c.letter}`, 'lead', rect, '', SIZE.footerFont, COLOURS.ink);
    shape.code = c.letter;
    shape.texts = stacked({ x: rect.x + 6, y: rect.y, w, h }, [
      { lines: lead, fontSize: SIZE.footerFont, weight: 'bold', color: COLOURS.headerLabel },
      { lines: members, fontSize: SIZE.footerFont, weight: 'normal', color: COLOURS.muted },
    ]).filter((t) => t.lines.length > 0);
    shapes.push(shape);
  }
  return { shapes, height: h + 6 + GAP };
}
