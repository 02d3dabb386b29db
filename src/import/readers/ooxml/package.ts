import { ArchiveError } from '../../archive/archive-error';
import { ZipArchive } from '../../archive/inspect-zip';
import { importErrorOfArchive } from '../../errors';
import { READER_LIMITS } from '../limits';
import { corruptFile } from '../refusals';
import { attr, childrenNamed, parseXml, type XmlElement, XmlError } from './xml';

/**
 * An Office Open XML package (.pptx, .docx, .xlsx): parts read from the zip through the archive
 * limits (archive/inspect-zip.ts), parsed as XML, and the relationships between them. Every
 * failure is an ImportError naming the part: the archive's own refusals, a missing part, bad XML.
 */

export interface Relationship {
  id: string;
  /** The relationship type's last segment: `slide`, `slideLayout`, `image`, `officeDocument`… */
  type: string;
  /** The target part's name inside the package (no leading slash); undefined when external. */
  target?: string;
}

/** `ppt/slides/slide1.xml` → `ppt/slides/_rels/slide1.xml.rels`; the package's own at `_rels/.rels`. */
function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against its source part's folder. */
export function resolveTarget(sourcePart: string, target: string): string {
  const base = target.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const segment of target.replace(/^\/+/, '').split('/')) {
    if (segment === '..') base.pop();
    else if (segment !== '.' && segment !== '') base.push(segment);
  }
  return base.join('/');
}

export class OfficePackage {
  private readonly byLowerName: Map<string, string>;
  private readonly xmlCache = new Map<string, XmlElement | undefined>();
  private readonly relsCache = new Map<string, Relationship[]>();

  private constructor(
    private readonly zip: ZipArchive,
    readonly fileName: string,
  ) {
    this.byLowerName = new Map(zip.entries.map((e) => [e.name.toLowerCase(), e.name]));
  }

  static open(bytes: Uint8Array, fileName: string): OfficePackage {
    try {
      return new OfficePackage(ZipArchive.open(bytes), fileName);
    } catch (error) {
      if (error instanceof ArchiveError) throw importErrorOfArchive(error, fileName);
      throw error;
    }
  }

  /** The part's name as stored; OPC part names compare without regard to case. */
  private stored(part: string): string | undefined {
    return this.byLowerName.get(part.replace(/^\/+/, '').toLowerCase());
  }

  has(part: string): boolean {
    return this.stored(part) !== undefined;
  }

  get partNames(): string[] {
    return this.zip.entries.filter((e) => !e.isDirectory).map((e) => e.name);
  }

  /** The part as text, or undefined when the package has no such part. */
  text(part: string): string | undefined {
    const name = this.stored(part);
    if (name === undefined) return undefined;
    const entry = this.zip.entries.find((e) => e.name === name);
    if (entry && entry.size > READER_LIMITS.maxXmlChars * 2) {
      throw corruptFile(this.fileName, {
        en: `its part "${name}" is ${(entry.size / 1024 / 1024).toFixed(0)} MB, far larger than any slide or page`,
        zh: `其中的「${name}」達 ${(entry.size / 1024 / 1024).toFixed(0)} MB，遠大於任何投影片或頁面`,
      });
    }
    try {
      return this.zip.readText(name);
    } catch (error) {
      if (error instanceof ArchiveError) throw importErrorOfArchive(error, this.fileName);
      throw error;
    }
  }

  /** The part parsed, or undefined when absent; malformed XML is refused as a damaged file. */
  xml(part: string): XmlElement | undefined {
    const key = part.toLowerCase();
    if (this.xmlCache.has(key)) return this.xmlCache.get(key);
    const text = this.text(part);
    let parsed: XmlElement | undefined;
    if (text !== undefined) {
      try {
        parsed = parseXml(text, part);
      } catch (error) {
        if (!(error instanceof XmlError)) throw error;
        throw corruptFile(this.fileName, {
          en: `its part "${part}" is not readable XML`,
          zh: `其中的「${part}」不是可讀取的 XML`,
        });
      }
    }
    this.xmlCache.set(key, parsed);
    return parsed;
  }

  /** A part the format cannot do without: its absence is a damaged file, said with `what`. */
  requiredXml(part: string, what: { en: string; zh: string }): XmlElement {
    const parsed = this.xml(part);
    if (!parsed) {
      throw corruptFile(this.fileName, {
        en: `${what.en} ("${part}") is missing`,
        zh: `缺少${what.zh}（${part}）`,
      });
    }
    return parsed;
  }

  /** The part's relationships, in the order written; `''` for the package's own. */
  rels(part: string): Relationship[] {
    const cached = this.relsCache.get(part);
    if (cached) return cached;
    const relsPart = part === '' ? '_rels/.rels' : relsPartOf(part);
    const list = childrenNamed(this.xml(relsPart), 'Relationship').map((r): Relationship => {
      const type = (attr(r, 'Type') ?? '').split('/').pop() ?? '';
      const id = attr(r, 'Id') ?? '';
      const target = attr(r, 'Target');
      const external = attr(r, 'TargetMode') === 'External';
      return external || target === undefined
        ? { id, type }
        : { id, type, target: resolveTarget(part, target) };
    });
    this.relsCache.set(part, list);
    return list;
  }

  relById(part: string, id: string | undefined): Relationship | undefined {
    return id === undefined ? undefined : this.rels(part).find((r) => r.id === id);
  }

  relsOfType(part: string, type: string): Relationship[] {
    return this.rels(part).filter((r) => r.type === type);
  }

  /** The content type [Content_Types].xml declares for a part (an override, else by extension). */
  contentType(part: string): string | undefined {
    const types = this.xml('[Content_Types].xml');
    const name = `/${part.replace(/^\/+/, '')}`.toLowerCase();
    const override = childrenNamed(types, 'Override').find(
      (o) => attr(o, 'PartName')?.toLowerCase() === name,
    );
    if (override) return attr(override, 'ContentType');
    const ext = name.split('.').pop() ?? '';
    return attr(
      childrenNamed(types, 'Default').find((d) => attr(d, 'Extension')?.toLowerCase() === ext),
      'ContentType',
    );
  }
}
