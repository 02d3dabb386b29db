/**
 * How much an Office file (a zip archive of XML parts and pictures) may hold before Stratmap
 * refuses to open it. The numbers come from real agency files with room to spare: a 30-slide deck
 * with photos is ~20 MB zipped in ~300 parts, its pictures stored about 1:1; a plan workbook is a
 * few MB zipped in 20–60 parts whose XML compresses 5–20:1. Uploads stop at 10 MB anyway, so the
 * caps bound what such a file may expand to, which is what a zip bomb abuses.
 */

const MiB = 1024 * 1024;

export interface ZipLimits {
  /** Parts (files and folders) in the archive. */
  maxEntries: number;
  /** What one part may declare as its uncompressed size. */
  maxEntryBytes: number;
  /** What all parts together may declare. */
  maxTotalBytes: number;
  /** Uncompressed ÷ compressed size allowed for a part larger than `ratioFloorBytes`. */
  maxRatio: number;
  /** Below this size a part may compress as well as it likes (a repetitive styles.xml is fine). */
  ratioFloorBytes: number;
}

export const ZIP_LIMITS: ZipLimits = {
  maxEntries: 5_000,
  maxEntryBytes: 64 * MiB,
  maxTotalBytes: 128 * MiB,
  maxRatio: 100,
  ratioFloorBytes: 4 * MiB,
};
