import { ImportError } from '../errors';
import type { DocumentReader, SourceDocument } from '../source';
import { textReader } from './text';

/** Readers by format; `.pptx`, `.docx` and `.xlsx` readers register here when they exist. */
export const READERS: readonly DocumentReader[] = [textReader];

const NOT_YET: Record<string, string> = {
  pptx: 'PowerPoint',
  ppt: 'PowerPoint',
  docx: 'Word',
  doc: 'Word',
  xlsx: 'Excel',
  xls: 'Excel',
  odp: 'OpenDocument',
  odt: 'OpenDocument',
  ods: 'OpenDocument',
};

export function extensionOf(fileName: string): string {
  const m = /\.([^./\\]+)$/.exec(fileName);
  return m?.[1]?.toLowerCase() ?? '';
}

export function readSource(bytes: Uint8Array, fileName: string): SourceDocument {
  const ext = extensionOf(fileName);
  const reader = READERS.find((r) => r.extensions.includes(ext));
  if (reader) return reader.read(bytes, fileName);
  const app = NOT_YET[ext];
  if (app) {
    throw new ImportError('unsupported-format', fileName, {
      en: `${app} files (.${ext}) cannot be read yet; save the document as plain text (UTF-8) and import that`,
      zh: `目前尚無法直接讀取 ${app} 檔（.${ext}）；請另存為純文字（UTF-8）後再匯入`,
    });
  }
  // Unknown or missing extensions: the content decides, and the text reader refuses non-text.
  return textReader.read(bytes, fileName);
}
