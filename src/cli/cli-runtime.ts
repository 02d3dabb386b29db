import { type Config, loadConfig } from '../config';
import type { Database } from '../db/client';
import { renderReceived } from '../domain/messages/catalog';
import type { Lang } from '../domain/messages/define';
import type { ServiceContext } from '../services/context';
import { AppError, type AppErrorKind, type FieldIssue } from '../services/errors';
import { openServices } from '../services/shared/open-services';

/**
 * Whoever runs the CLI has the database itself (the data directory or DATABASE_URL), so by
 * default it acts as the operator, recorded as "cli". With `--as LOGIN` it acts as that account
 * and is held to its roles, exactly like the API.
 */
let actAs: string | undefined;
export function setActAs(login: string | undefined): void {
  actAs = login;
}

/**
 * The language of what the CLI says (`--lang`, on every command): Traditional Chinese by default,
 * as the findings are, since planners run it too; `--lang en` for English.
 */
let lang: Lang = 'zh';
export function setLang(value: Lang | undefined): void {
  lang = value ?? 'zh';
}
export function cliLang(): Lang {
  return lang;
}

export const EXIT_CODE: Record<AppErrorKind, number> = {
  validation: 2,
  unauthorized: 3,
  forbidden: 3,
  not_found: 4,
  conflict: 5,
  too_large: 2,
  rate_limited: 6,
  unavailable: 6,
  internal: 1,
};

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

/** Opens the configured database for one command and always closes it (releasing its lock). */
export async function withServices<T>(
  purpose: string,
  work: (ctx: ServiceContext, database: Database, config: Config) => Promise<T>,
): Promise<T> {
  const config = loadConfig();
  const { ctx, database } = await openServices(config, purpose, { actor: 'cli', actAs });
  try {
    return await work(ctx, database, config);
  } finally {
    await database.close();
  }
}

/** An issue in the CLI's language: coded issues through the catalog, others as they came. */
function issueText(issue: FieldIssue): string {
  return (issue.code && renderReceived(issue.code, issue.params, lang)) || issue.message;
}

/** Prints an error the way a person can act on it and returns the exit code. */
export function reportError(error: unknown, io: CliIo): number {
  if (error instanceof AppError) {
    io.err(`error: ${error.messageIn(lang)}`);
    for (const issue of error.issues.slice(0, 50)) io.err(`  ${issue.path || '(root)'}: ${issueText(issue)}`);
    if (error.issues.length > 50) io.err(`  … and ${error.issues.length - 50} more`);
    const conflicts = error.details?.conflicts as
      | {
          org: string;
          year: number;
          changes: { element: string; change: string; code: string; field?: string }[];
        }[]
      | undefined;
    for (const c of conflicts ?? []) {
      io.err(`  ${c.org} ${c.year} would change:`);
      for (const ch of c.changes.slice(0, 30))
        io.err(`    ${[ch.change, ch.element, ch.code, ch.field].filter(Boolean).join(' ')}`);
      if (c.changes.length > 30) io.err(`    … and ${c.changes.length - 30} more`);
    }
    return EXIT_CODE[error.kind];
  }
  io.err(`error: ${(error as Error)?.message ?? String(error)}`);
  return EXIT_CODE.internal;
}
