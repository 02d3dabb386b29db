import { constants, crc32, deflateRawSync } from 'node:zlib';
import { unzipSync } from 'fflate';

/**
 * Zip archives for tests, written byte by byte so they can say what a hostile file says: a part
 * that expands to hundreds of MB from a few hundred KB, a header that lies about its size, an
 * encrypted part, a name that climbs out of the archive.
 */

export interface CraftedPart {
  name: string;
  /** Compressed bytes as stored (raw deflate when `method` is 8). */
  data: Uint8Array;
  method: 0 | 8;
  /** The true uncompressed size and CRC-32. */
  size: number;
  crc: number;
  /** What the headers claim instead of the truth. */
  declaredSize?: number;
  flags?: number;
  /** Write the sizes in a Zip64 extra field, as some writers always do. */
  zip64?: boolean;
}

export function deflatedPart(name: string, content: Uint8Array | string): CraftedPart {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return { name, data: deflateRawSync(bytes), method: 8, size: bytes.length, crc: crc32(bytes) };
}

const MiB = 1024 * 1024;

/**
 * A shared-strings part of `expandMb` MB that is a few hundred KB deflated: one megabyte of
 * strings compressed once and its deflate blocks repeated (a full flush makes each copy stand
 * alone), so making it costs milliseconds, not a 300 MB buffer.
 */
export function bombPart(name: string, expandMb: number): CraftedPart {
  const head = Buffer.from(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
  );
  const si = '<si><t>指標達成率說明文字 KPI explanation text</t></si>';
  const chunk = Buffer.from(si.repeat(Math.ceil(MiB / Buffer.byteLength(si))));
  const tail = Buffer.from('</sst>');
  const copies = Math.ceil((expandMb * MiB) / chunk.length);
  const full = { finishFlush: constants.Z_FULL_FLUSH };
  const blocks = [deflateRawSync(head, full)];
  const body = deflateRawSync(chunk, full);
  let crc = crc32(head);
  for (let i = 0; i < copies; i++) {
    blocks.push(body);
    crc = crc32(chunk, crc);
  }
  blocks.push(deflateRawSync(tail));
  crc = crc32(tail, crc);
  const size = head.length + chunk.length * copies + tail.length;
  return { name, data: Buffer.concat(blocks), method: 8, size, crc };
}

/** A zip archive of the parts exactly as described, lies included. */
export function buildZip(parts: CraftedPart[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const declared = part.declaredSize ?? part.size;
    const flags = (part.flags ?? 0) | 0x800;
    const extra = Buffer.alloc(part.zip64 ? 20 : 0);
    if (part.zip64) {
      extra.writeUInt16LE(1, 0);
      extra.writeUInt16LE(16, 2);
      extra.writeBigUInt64LE(BigInt(declared), 4);
      extra.writeBigUInt64LE(BigInt(part.data.length), 12);
    }
    const size = part.zip64 ? 0xffffffff : declared;
    const compressedSize = part.zip64 ? 0xffffffff : part.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(part.method, 8);
    local.writeUInt32LE(part.crc >>> 0, 14);
    local.writeUInt32LE(compressedSize, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(extra.length, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(part.method, 10);
    central.writeUInt32LE(part.crc >>> 0, 16);
    central.writeUInt32LE(compressedSize, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, extra, Buffer.from(part.data));
    centrals.push(central, name, extra);
    offset += local.length + name.length + extra.length + part.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/** The parts of a real archive (an .xlsx exceljs wrote), re-deflated, to edit and rebuild. */
export function partsOf(archive: Uint8Array): CraftedPart[] {
  return Object.entries(unzipSync(archive))
    .filter(([name]) => !name.endsWith('/'))
    .map(([name, content]) => deflatedPart(name, content));
}

/** The archive with `part` in place of its part of the same name (or added). */
export function replacePart(archive: Uint8Array, part: CraftedPart): Uint8Array {
  return buildZip([...partsOf(archive).filter((p) => p.name !== part.name), part]);
}

const SHARED_STRINGS = 'xl/sharedStrings.xml';

/** A real workbook whose shared strings expand to `expandMb` MB: the zip bomb of issue 12. */
export function zipBombWorkbook(workbook: Uint8Array, expandMb = 300): Uint8Array {
  return replacePart(workbook, bombPart(SHARED_STRINGS, expandMb));
}

/**
 * The same bomb with a header that lies: it declares `declaredMb` MB, well within every limit,
 * and would still expand to `expandMb` MB if anything trusted it.
 */
export function lyingWorkbook(workbook: Uint8Array, expandMb = 300, declaredMb = 1): Uint8Array {
  return replacePart(workbook, { ...bombPart(SHARED_STRINGS, expandMb), declaredSize: declaredMb * MiB });
}

/** The workbook with one more part (an encrypted one, one whose name escapes …). */
export function workbookWithPart(workbook: Uint8Array, part: CraftedPart): Uint8Array {
  return buildZip([...partsOf(workbook), part]);
}

/**
 * A legitimate but heavy workbook: its first sheet replaced by `rows` rows of three numbers
 * (about 110 bytes of XML a row, compressing ~7:1), which takes exceljs seconds to read.
 */
export function heavyWorkbook(workbook: Uint8Array, rows: number): Uint8Array {
  const lines: string[] = [];
  for (let r = 1; r <= rows; r++) {
    lines.push(
      `<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}"><v>${(r * 7) % 1000}</v></c><c r="C${r}"><v>${(r * 13) % 997}.5</v></c></row>`,
    );
  }
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${lines.join('')}</sheetData></worksheet>`;
  return replacePart(workbook, deflatedPart('xl/worksheets/sheet1.xml', xml));
}
