import type { PlanDocument } from '../plan-document';
import { round } from './blocks';
import { classify, resolvePerspectiveOrder } from './classify';
import { layoutGrid } from './grid';
import { routeArrows } from './routing';
import { cascadeSection, footerSection, missionSection, themeSection, titleSection } from './sections';
import { COLOURS, FONT_FAMILY, LABELS, SIZE } from './style';
import type { ArrowShape, CardShape, LayoutOptions, MapColumn, MapLayout, Shape } from './types';

/**
 * Lays out a plan's strategy map as the agencies draw it: themes as columns, perspectives as
 * rows (顧客 on top by default), the city's cross-theme objectives as a strip on top of their
 * row, shared objectives across all columns, cause→effect arrows in the gutters. Pure and
 * deterministic: the same plan and options always give the same layout.
 */
export function layoutStrategyMap(plan: PlanDocument, options: LayoutOptions = {}): MapLayout {
  const locale = options.locale ?? 'zh-TW';
  const labels = LABELS[locale];
  const { columns: specs, objectives } = classify(plan);
  const order = resolvePerspectiveOrder(plan, options.perspectiveOrder);

  // Columns share the preferred width; below the legible minimum the canvas grows instead.
  const requested = Math.max(
    options.width ?? SIZE.defaultWidth,
    2 * SIZE.margin + SIZE.labelColumn + SIZE.minGrid,
  );
  const gridX = SIZE.margin + SIZE.labelColumn;
  const available = requested - gridX - SIZE.margin;
  const colW = specs.length
    ? Math.min(SIZE.maxColumn, Math.max(SIZE.minColumn, available / specs.length))
    : 0;
  const gridW = Math.max(specs.length * colW, SIZE.minGrid);
  const stretched = specs.length ? gridW / specs.length : 0;
  const width = round(gridX + gridW + SIZE.margin);
  const columns: MapColumn[] = specs.map((s, i) => ({
    letter: s.letter,
    name: s.name,
    unknown: s.unknown,
    x: round(gridX + i * stretched),
    w: round(stretched),
  }));

  const shapes: Shape[] = [];
  let y: number = SIZE.margin;
  const add = (section: { shapes: Shape[]; height: number }) => {
    shapes.push(...section.shapes);
    y += section.height;
  };
  add(titleSection(plan.title || labels.title(plan.org.name, plan.year), width, y));
  add(
    missionSection(
      [
        { role: 'mission', heading: labels.mission, text: plan.mission },
        { role: 'vision', heading: labels.vision, text: plan.vision },
        {
          role: 'values',
          heading: labels.values,
          text: plan.coreValues.join(labels.valueSeparator),
          items: plan.coreValues,
        },
      ],
      labels.valueSeparator,
      width,
      y,
    ),
  );
  add(cascadeSection(specs, columns, labels, options.parentThemeNames ?? {}, y));
  if (columns.length) add(themeSection(specs, columns, labels, gridX, y));

  const grid = layoutGrid({
    objectives,
    order,
    columns,
    gridX,
    gridW,
    labels,
    lights: options.lights ?? {},
    highlight: new Set(options.highlight ?? []),
    top: y,
  });
  shapes.push(...grid.backdrop);
  y = grid.bottom;
  add(footerSection(specs, columns, labels, [plan.org.name, plan.org.parent ?? ''], gridX, y));
  shapes.push(...grid.cards, ...arrows(plan, grid.cards));

  return {
    width,
    height: round(y + SIZE.margin),
    locale,
    fontFamily: FONT_FAMILY,
    background: COLOURS.background,
    title: plan.title || labels.title(plan.org.name, plan.year),
    shapes,
    columns,
    rows: grid.rows,
    gridX,
    gridW: round(gridW),
  };
}

/** Links between objectives on the map; duplicates, self-links and dangling codes are skipped. */
function arrows(plan: PlanDocument, cards: CardShape[]): ArrowShape[] {
  const index = new Map<string, number>();
  cards.forEach((c, i) => {
    if (!index.has(c.code)) index.set(c.code, i);
  });
  const seen = new Set<string>();
  const links: { from: string; to: string; a: number; b: number }[] = [];
  for (const l of plan.links) {
    const a = index.get(l.from);
    const b = index.get(l.to);
    const key = `${l.from}>${l.to}`;
    if (a === undefined || b === undefined || a === b || seen.has(key)) continue;
    seen.add(key);
    links.push({ ...l, a, b });
  }
  const routes = routeArrows(
    cards.map((c) => c.rect),
    links.map((l) => ({ from: l.a, to: l.b })),
  );
  return links.map((l, i) => ({
    kind: 'arrow',
    id: `link-${l.from}-${l.to}`,
    from: l.from,
    to: l.to,
    points: (routes[i] ?? []).map((p) => ({ x: round(p.x), y: round(p.y) })),
    stroke: COLOURS.arrow,
    strokeWidth: 1.5,
    headLength: 8,
    headWidth: 7,
  }));
}
