import { strToU8, zipSync } from 'fflate';
import type { PlanDocument } from '../domain/plan-document';
import { exportFileName, safeFileName } from './index';
import { writePptx } from './pptx';
import { writeXlsx } from './xlsx';

/**
 * A year's approved plans in one ZIP: per organisation a folder with its deck, its workbook and
 * its plan document, plus an index listing what is inside. Decks are already compressed, so
 * they are stored as they are.
 */
export async function writeCityPack(
  year: number,
  plans: PlanDocument[],
  options: { now?: Date } = {},
): Promise<Uint8Array> {
  const files: Record<string, [Uint8Array, { level: 0 | 6 }]> = {};
  const index: string[] = [`民國${year}年 核定之策略地圖及平衡計分卡（${plans.length} 個機關）`, ''];
  const folders = new Set<string>();
  for (const plan of plans) {
    let folder = safeFileName(plan.org.name);
    for (let i = 2; folders.has(folder); i++) folder = `${safeFileName(plan.org.name)}(${i})`;
    folders.add(folder);
    files[`${folder}/${exportFileName(plan, 'pptx')}`] = [await writePptx(plan, options), { level: 0 }];
    files[`${folder}/${exportFileName(plan, 'xlsx')}`] = [await writeXlsx(plan), { level: 0 }];
    files[`${folder}/${exportFileName(plan, 'json')}`] = [
      strToU8(`${JSON.stringify(plan, null, 2)}\n`),
      { level: 6 },
    ];
    index.push(`${folder}\t${plan.objectives.length} 項策略目標\t${plan.kpis.length} 項 KPI`);
  }
  files['目錄.txt'] = [strToU8(`${index.join('\r\n')}\r\n`), { level: 6 }];
  // A fixed date keeps the same plans' pack identical byte for byte.
  return zipSync(files, { mtime: new Date('2000-01-01T00:00:00Z') });
}
