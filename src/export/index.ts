import type { PlanDocument } from '../domain/plan-document';
import { writePdf } from './pdf';
import { writePng } from './png';
import { writePptx } from './pptx';
import { strategyMapSvg } from './svg';
import { latestResults, objectiveLights } from './tracking';
import { writeXlsx } from './xlsx';

/** Every export format, its media type and how one plan becomes a file of it. */

export const EXPORT_FORMATS = ['pptx', 'xlsx', 'svg', 'png', 'pdf', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  svg: 'image/svg+xml; charset=utf-8',
  png: 'image/png',
  pdf: 'application/pdf',
  json: 'application/json; charset=utf-8',
};

export function isExportFormat(text: string): text is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(text);
}

/** `臺北市立圖書館-108年策略地圖.pptx`: what the file is, in the planner's words. */
export function exportFileName(plan: PlanDocument, format: ExportFormat): string {
  const what =
    format === 'svg' || format === 'png' ? '策略地圖' : format === 'json' ? '計畫' : '策略地圖及平衡計分卡';
  return `${safeFileName(`${plan.org.name}-${plan.year}年${what}`)}.${format}`;
}

/** A name every file system accepts: control characters and \\/:*?"<>| become _. */
export function safeFileName(name: string): string {
  return [...name]
    .map((ch) => ((ch.codePointAt(0) ?? 0) < 0x20 || '\\/:*?"<>|'.includes(ch) ? '_' : ch))
    .join('');
}

export interface ExportOptions {
  now?: Date;
}

export async function exportPlan(
  plan: PlanDocument,
  format: ExportFormat,
  options: ExportOptions = {},
): Promise<Uint8Array> {
  const lights = () => objectiveLights(latestResults(plan));
  switch (format) {
    case 'pptx':
      return writePptx(plan, options);
    case 'xlsx':
      return writeXlsx(plan);
    case 'svg':
      return new TextEncoder().encode(strategyMapSvg(plan, { lights: lights() }));
    case 'png':
      return writePng(plan, { lights: lights() });
    case 'pdf':
      return writePdf(plan, options);
    case 'json':
      return new TextEncoder().encode(`${JSON.stringify(plan, null, 2)}\n`);
  }
}
