import { lightOf } from '../../../../src/domain/scoring/achievement';
import type { Light } from '../../../../src/domain/scoring/types';
import type { OrganizationSummary } from '../../../../src/services/organizations/list-organizations.contract';
import type { GroupScore, Thresholds } from '../dashboards/types';
import { buildOrgTree, foldName, type OrgNode } from '../orgs/tree';

/** `GET /api/city/scores?year=&period=`. */
export interface CityScores {
  year: number;
  period: string;
  city: { orgId: number; org: string; planId: number | null; themes: { letter: string; name: string }[] };
  plan: GroupScore;
  themes: (GroupScore & {
    letter: string;
    name: string;
    contributors: { orgId: number | null; planId: number | null; org: string; achievement: number | null }[];
  })[];
  orgs: (GroupScore & {
    org: string;
    orgId: number | null;
    planId: number | null;
    byTheme: Record<string, number | null>;
  })[];
  /** The city plan's light thresholds (the defaults without one). */
  thresholds: Thresholds;
}

export interface HeatCell {
  achievement: number | null;
  light: Light;
}

/** One organisation's line of the overview: its plan score and what it contributes to each city theme. */
export interface HeatRow {
  key: string;
  org: string;
  orgId: number | null;
  planId: number | null;
  /** 0 for the city, 1 for its bureaus, 2 for their agencies… */
  depth: number;
  /** Position in the organisation tree, the order the rows are first shown in. */
  order: number;
  overall: HeatCell;
  themes: Record<string, HeatCell>;
}

function treeOrder(orgs: OrganizationSummary[]): Map<number, { order: number; depth: number }> {
  const out = new Map<number, { order: number; depth: number }>();
  const walk = (nodes: OrgNode[], depth: number) => {
    for (const n of nodes) {
      out.set(n.org.id, { order: out.size, depth });
      walk(n.children, depth + 1);
    }
  };
  walk(buildOrgTree(orgs), 0);
  return out;
}

/**
 * The overview's rows in organisation-tree order (the city, each bureau followed by its agencies).
 * A theme cell's light is judged by the city's thresholds, as the city's own scores are; the plan
 * score keeps the light the organisation's plan gave it.
 */
export function heatRows(scores: CityScores, orgs: OrganizationSummary[], thresholds: Thresholds): HeatRow[] {
  const tree = treeOrder(orgs);
  const rows = scores.orgs.map((o) => {
    const place = o.orgId === null ? undefined : tree.get(o.orgId);
    const themes: Record<string, HeatCell> = {};
    for (const t of scores.city.themes) {
      const achievement = o.byTheme[t.letter] ?? null;
      themes[t.letter] = { achievement, light: lightOf(achievement, thresholds) };
    }
    return {
      key: o.orgId === null ? `name:${o.org}` : String(o.orgId),
      org: o.org,
      orgId: o.orgId,
      planId: o.planId,
      depth: place?.depth ?? 0,
      order: place?.order ?? Number.POSITIVE_INFINITY,
      overall: { achievement: o.achievement, light: o.light },
      themes,
    };
  });
  rows.sort((a, b) => a.order - b.order || a.org.localeCompare(b.org, 'zh-Hant-TW'));
  return rows.map((r, i) => ({ ...r, order: i }));
}

/** Rows whose name contains what was typed (台/臺, width and case folded). */
export function filterRows(rows: HeatRow[], query: string): HeatRow[] {
  const q = foldName(query);
  return q ? rows.filter((r) => foldName(r.org).includes(q)) : rows;
}

/** The heatmap's cells `[column, row, per cent]`: column 0 is the plan score, then the city themes. N/A stays blank. */
export function heatCells(
  rows: HeatRow[],
  letters: string[],
): { x: number; y: number; percent: number; light: Light }[] {
  const cells: { x: number; y: number; percent: number; light: Light }[] = [];
  rows.forEach((row, y) => {
    [row.overall, ...letters.map((l) => row.themes[l])].forEach((cell, x) => {
      if (cell && cell.achievement !== null)
        cells.push({ x, y, percent: toPercent(cell.achievement), light: cell.light });
    });
  });
  return cells;
}

/** 0.8567 → 85.7 (one decimal, as the lights' tags show it). */
export function toPercent(achievement: number): number {
  return Math.round(achievement * 1000) / 10;
}

/**
 * A table sorter for scores that keeps N/A at the bottom in both directions (the table reverses
 * the comparator for descending order, so N/A is reversed back).
 */
export function compareScores(
  a: number | null,
  b: number | null,
  order: 'ascend' | 'descend' | null | undefined,
): number {
  if (a === null && b === null) return 0;
  const nullLast = order === 'descend' ? -1 : 1;
  if (a === null) return nullLast;
  if (b === null) return -nullLast;
  return a - b;
}
