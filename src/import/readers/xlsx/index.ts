import { SHEETS } from '../../../export/xlsx/sheets';
import { ArchiveError } from '../../archive/archive-error';
import { isZip, ZipArchive } from '../../archive/inspect-zip';
import { officeFormat } from '../office-format';
import { attr, child, childrenNamed, parseXml } from '../ooxml/xml';
import { readXlsx } from './read-xlsx';

export const { readPages: readXlsxPages, reader: xlsxReader } = officeFormat(
  'xlsx',
  ['xlsx', 'xlsm', 'xltx'],
  readXlsx,
);

/** A workbook part this small is read on the calling thread; a larger one is no Stratmap export. */
const MAX_WORKBOOK_PART = 256 * 1024;

/**
 * Whether a workbook is one Stratmap exported (its overview, themes and KPI sheets by their
 * names), which `readWorkbook` imports back exactly; any other workbook is a scorecard laid out
 * by hand, for this reader. Only the small workbook part is inflated. An archive the limits
 * refuse counts as an export, so the workbook path refuses it as it always has.
 */
export function isStratmapWorkbook(bytes: Uint8Array): boolean {
  if (!isZip(bytes)) return false;
  try {
    const zip = ZipArchive.open(bytes);
    const entry = zip.entries.find((e) => e.name === 'xl/workbook.xml');
    if (!entry || entry.size > MAX_WORKBOOK_PART) return false;
    const workbook = parseXml(zip.readText(entry.name) ?? '', entry.name);
    const names = new Set(childrenNamed(child(workbook, 'sheets'), 'sheet').map((s) => attr(s, 'name')));
    return names.has(SHEETS.overview) && names.has(SHEETS.themes) && names.has(SHEETS.kpis);
  } catch (error) {
    return error instanceof ArchiveError;
  }
}
