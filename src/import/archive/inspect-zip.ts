import { crc32, inflateRawSync } from 'node:zlib';
import { ArchiveError, megabytes, quotedName } from './archive-error';
import { ZIP_LIMITS, type ZipLimits } from './zip-limits';

/**
 * Reads a zip archive (.xlsx, .pptx, .docx) the safe way round: the central directory first,
 * without inflating anything, refusing what no real document holds (too many parts, parts that
 * would expand too far or too steeply, encryption, names that escape the archive); then single
 * parts on demand, inflated by zlib with the part's declared size as a hard output limit, so a
 * header that lies about its size stops the moment it is exceeded.
 *
 * Hand-written rather than a library because the readers are synchronous and the zip readers on
 * npm that check sizes (yauzl, zip.js, unzipit) are stream- or promise-based; fflate's `unzipSync`
 * reports neither encryption nor where a part's data lies. The format is a few fixed structs.
 */

export interface ZipEntry {
  name: string;
  /** Uncompressed size as the central directory declares it. */
  size: number;
  compressedSize: number;
  /** CRC-32 of the uncompressed bytes, checked when the part is read. */
  crc: number;
  /** 0 stored, 8 deflated: what Office writes. */
  method: 0 | 8;
  isDirectory: boolean;
  /** Where the part's compressed bytes start in the archive. */
  dataOffset: number;
}

const SIG = {
  local: 0x04034b50,
  central: 0x02014b50,
  end: 0x06054b50,
  end64: 0x06064b50,
  locator64: 0x07064b50,
};
const U16_MAX = 0xffff;
const U32_MAX = 0xffffffff;
const FLAG_ENCRYPTED = 0x1;
const FLAG_STRONG_ENCRYPTION = 0x40;
const FLAG_UTF8 = 0x800;
const METHOD_AES = 99;

export function isZip(bytes: Uint8Array): boolean {
  return (
    bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && bytes[3] === bytes[2] + 1
  );
}

const corrupt = (reason: string) => new ArchiveError('corrupt', { reason });

class Reader {
  private readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  private need(at: number, n: number): void {
    if (at < 0 || at + n > this.bytes.length) throw corrupt('a record runs past the end of the file');
  }
  u16(at: number): number {
    this.need(at, 2);
    return this.view.getUint16(at, true);
  }
  u32(at: number): number {
    this.need(at, 4);
    return this.view.getUint32(at, true);
  }
  u64(at: number): number {
    this.need(at, 8);
    // Beyond 2^53 the value is imprecise, but by then it is refused as too large anyway.
    return this.view.getUint32(at, true) + this.view.getUint32(at + 4, true) * 2 ** 32;
  }
  slice(at: number, n: number): Uint8Array {
    this.need(at, n);
    return this.bytes.subarray(at, at + n);
  }
}

interface Directory {
  count: number;
  offset: number;
  size: number;
}

/** The end-of-central-directory record, searched backwards past a comment of up to 64 KB. */
function findDirectory(r: Reader): Directory {
  const length = r.bytes.length;
  for (let at = length - 22; at >= Math.max(0, length - 22 - U16_MAX); at--) {
    if (r.u32(at) !== SIG.end || at + 22 + r.u16(at + 20) > length) continue;
    if (r.u16(at + 4) !== 0 || r.u16(at + 6) !== 0) throw corrupt('it spans several disks');
    const dir = { count: r.u16(at + 10), size: r.u32(at + 12), offset: r.u32(at + 16) };
    const zip64 = dir.count === U16_MAX || dir.size === U32_MAX || dir.offset === U32_MAX;
    if (!zip64 || at < 20 || r.u32(at - 20) !== SIG.locator64) return dir;
    const end64 = r.u64(at - 12);
    if (r.u32(end64) !== SIG.end64) throw corrupt('its Zip64 directory record is missing');
    return { count: r.u64(end64 + 32), size: r.u64(end64 + 40), offset: r.u64(end64 + 48) };
  }
  throw corrupt('no central directory; the file is truncated or not a zip archive');
}

/** Sizes and offset stored as 0xFFFFFFFF in the header are in the Zip64 extra field, in this order. */
function zip64Values(r: Reader, extraAt: number, extraLength: number, wanted: boolean[]): (number | null)[] {
  for (let at = extraAt; at + 4 <= extraAt + extraLength; ) {
    const id = r.u16(at);
    const size = r.u16(at + 2);
    if (id === 1) {
      let field = at + 4;
      return wanted.map((w) => {
        if (!w) return null;
        const value = r.u64(field);
        field += 8;
        return value;
      });
    }
    at += 4 + size;
  }
  throw corrupt('a Zip64 size is missing from its extra field');
}

function decodeName(raw: Uint8Array, utf8: boolean): string {
  return new TextDecoder(utf8 ? 'utf-8' : 'latin1').decode(raw);
}

/** Absolute paths, drive letters, `..` segments and NULs: names that would escape a folder. */
export function isUnsafeName(name: string): boolean {
  if (/^[\\/]/.test(name) || /^[a-zA-Z]:/.test(name) || name.includes('\0')) return true;
  return name.split(/[\\/]/).some((segment) => segment === '..');
}

/**
 * The archive's parts as its central directory declares them, refused (ArchiveError) when they
 * exceed `limits`, are encrypted, escape the archive or point outside the file. Inflates nothing.
 */
export function inspectZip(bytes: Uint8Array, limits: ZipLimits = ZIP_LIMITS): ZipEntry[] {
  const r = new Reader(bytes);
  const dir = findDirectory(r);
  if (dir.count > limits.maxEntries) {
    throw new ArchiveError('too_many_entries', { entries: dir.count, limit: limits.maxEntries });
  }
  if (dir.offset + dir.size > bytes.length)
    throw corrupt('its central directory lies past the end of the file');
  const entries: ZipEntry[] = [];
  let total = 0;
  let at = dir.offset;
  for (let i = 0; i < dir.count; i++) {
    if (r.u32(at) !== SIG.central) throw corrupt('a central directory record is damaged');
    const flags = r.u16(at + 8);
    const method = r.u16(at + 10);
    const crc = r.u32(at + 16);
    const nameLength = r.u16(at + 28);
    const extraLength = r.u16(at + 30);
    const commentLength = r.u16(at + 32);
    const name = decodeName(r.slice(at + 46, nameLength), (flags & FLAG_UTF8) !== 0);
    const entry = quotedName(name);
    let size = r.u32(at + 24);
    let compressedSize = r.u32(at + 20);
    let localOffset = r.u32(at + 42);
    const wanted = [size === U32_MAX, compressedSize === U32_MAX, localOffset === U32_MAX];
    if (wanted.some(Boolean)) {
      const [s, c, o] = zip64Values(r, at + 46 + nameLength, extraLength, wanted);
      size = s ?? size;
      compressedSize = c ?? compressedSize;
      localOffset = o ?? localOffset;
    }
    at += 46 + nameLength + extraLength + commentLength;

    if (flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION) || method === METHOD_AES) {
      throw new ArchiveError('encrypted', { entry });
    }
    if (isUnsafeName(name)) throw new ArchiveError('unsafe_path', { entry });
    if (method !== 0 && method !== 8) {
      throw corrupt(`part "${entry}" uses compression method ${method}, which Office files never use`);
    }
    if (size > limits.maxEntryBytes) {
      throw new ArchiveError('entry_too_large', {
        entry,
        mb: megabytes(size),
        limitMb: megabytes(limits.maxEntryBytes).replace(/\.0$/, ''),
      });
    }
    const ratio = size / Math.max(compressedSize, 1);
    if (size > limits.ratioFloorBytes && ratio > limits.maxRatio) {
      throw new ArchiveError('compression_ratio', {
        entry,
        ratio: Math.round(ratio),
        mb: megabytes(size),
        compressedKb: Math.ceil(compressedSize / 1024),
        limit: limits.maxRatio,
      });
    }
    total += size;
    if (total > limits.maxTotalBytes) {
      const declared = total + restOfSizes(r, at, dir.count - i - 1);
      throw new ArchiveError('too_large', {
        mb: megabytes(declared),
        limitMb: megabytes(limits.maxTotalBytes).replace(/\.0$/, ''),
      });
    }
    if (method === 0 && size !== compressedSize)
      throw new ArchiveError('size_mismatch', { entry, declared: size });
    const dataOffset = localDataOffset(r, localOffset, entry);
    if (dataOffset + compressedSize > dir.offset)
      throw corrupt(`the data of part "${entry}" runs into the directory`);
    entries.push({ name, size, compressedSize, crc, method, isDirectory: name.endsWith('/'), dataOffset });
  }
  return entries;
}

/** The declared sizes of the records after `at`, so a refusal states the whole archive's size. */
function restOfSizes(r: Reader, at: number, count: number): number {
  let sum = 0;
  for (let i = 0; i < count && r.u32(at) === SIG.central; i++) {
    sum += r.u32(at + 24);
    at += 46 + r.u16(at + 28) + r.u16(at + 30) + r.u16(at + 32);
  }
  return sum;
}

function localDataOffset(r: Reader, localOffset: number, entry: string): number {
  if (r.u32(localOffset) !== SIG.local) throw corrupt(`the local header of part "${entry}" is missing`);
  return localOffset + 30 + r.u16(localOffset + 26) + r.u16(localOffset + 28);
}

/**
 * One part's bytes. Inflation stops as soon as the output passes the declared size (zlib's
 * `maxOutputLength` counts as it goes), so a lying header costs at most the declared size, which
 * `inspectZip` has already held to the limits.
 */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  let out: Uint8Array = data;
  if (entry.method === 8) out = inflate(data, entry);
  if (out.length !== entry.size) {
    throw new ArchiveError('size_mismatch', { entry: quotedName(entry.name), declared: entry.size });
  }
  if (crc32(out) !== entry.crc)
    throw corrupt(`part "${quotedName(entry.name)}" is damaged (its checksum differs)`);
  return out;
}

function inflate(data: Uint8Array, entry: ZipEntry): Uint8Array {
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(entry.size, 1) });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new ArchiveError('size_mismatch', { entry: quotedName(entry.name), declared: entry.size });
    }
    throw corrupt(`part "${quotedName(entry.name)}" cannot be inflated`);
  }
}

/** An archive checked by `inspectZip`, read part by part within its limits. */
export class ZipArchive {
  private readonly byName: Map<string, ZipEntry>;

  private constructor(
    private readonly bytes: Uint8Array,
    readonly entries: readonly ZipEntry[],
  ) {
    this.byName = new Map(entries.map((e) => [e.name, e]));
  }

  static open(bytes: Uint8Array, limits: ZipLimits = ZIP_LIMITS): ZipArchive {
    return new ZipArchive(bytes, inspectZip(bytes, limits));
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  /** The part's bytes, or undefined when the archive has no part of that name. */
  read(name: string): Uint8Array | undefined {
    const entry = this.byName.get(name);
    return entry && readZipEntry(this.bytes, entry);
  }

  /** The part as UTF-8 text (XML parts are), without a byte-order mark. */
  readText(name: string): string | undefined {
    const raw = this.read(name);
    return raw && new TextDecoder('utf-8', { ignoreBOM: false }).decode(raw);
  }

  /**
   * Inflates every part and throws away the output, proving each declared size true. Run it
   * before handing the archive to a parser that inflates on its own terms (exceljs).
   */
  verifySizes(): void {
    for (const entry of this.entries) if (!entry.isDirectory) readZipEntry(this.bytes, entry);
  }
}

/**
 * Refuses, before a parser that inflates on its own terms (exceljs) sees it, an archive that
 * would expand too far, is encrypted or damaged: from its directory alone (`inflate: false`, fast
 * enough for the main thread) or also by inflating every part within its declared size
 * (`inflate: true`, which catches a lying header). Bytes that are not a zip archive pass, for the
 * parser to say what they are. `as` turns the refusal into the caller's own error.
 */
export function checkArchive(
  bytes: Uint8Array,
  options: { inflate: boolean; as: (error: ArchiveError) => Error },
): void {
  if (!isZip(bytes)) return;
  try {
    const zip = ZipArchive.open(bytes);
    if (options.inflate) zip.verifySizes();
  } catch (error) {
    throw error instanceof ArchiveError ? options.as(error) : error;
  }
}
