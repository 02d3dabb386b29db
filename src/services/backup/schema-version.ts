import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The tag of the newest migration this build ships (what a migrated database is at). */
export function currentSchemaVersion(): string {
  const journal = path.resolve(
    path.dirname(fileURLToPath(import.meta.url)),
    '../../db/migrations/meta/_journal.json',
  );
  const entries = (JSON.parse(readFileSync(journal, 'utf8')) as { entries: { tag: string }[] }).entries;
  return entries.at(-1)?.tag ?? 'none';
}
