/**
 * A backup is gzip-compressed JSON lines: one header line, then one line per row in an order that
 * can be restored in one pass (parents before children). Rows are `row_to_json` of the database
 * itself, so every type (timestamps, dates, jsonb) round-trips exactly between PGlite and
 * PostgreSQL.
 */
export const BACKUP_FORMAT = 'stratmap.backup/1';

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  /** The engine it was taken from, for information only. */
  engine: 'pglite' | 'postgres';
  /** The last migration applied, so that a restore into another schema version is refused. */
  schema: string;
  tables: { name: string; rows: number }[];
}

export interface BackupRowLine {
  t: string;
  r: Record<string, unknown>;
}
