import type { Command } from 'commander';
import { createBackup } from '../../services/backup/create-backup';
import { restoreBackup } from '../../services/backup/restore-backup';
import { type CliIo, withServices } from '../cli-runtime';

export function registerBackup(program: Command, io: CliIo): void {
  program
    .command('backup')
    .argument('<file>', 'where to write the backup (gzip JSON lines)')
    .description('write everything (plans, results, accounts, audit) from one consistent snapshot')
    .action(async (file: string) => {
      await withServices('stratmap backup', async (ctx, database) => {
        const header = await createBackup(ctx, file, database.kind);
        const rows = header.tables.reduce((n, t) => n + t.rows, 0);
        io.out(`wrote ${file}: ${rows} rows in ${header.tables.length} tables (schema ${header.schema})`);
      });
    });
  program
    .command('restore')
    .argument('<file>', 'a backup written by "stratmap backup"')
    .description('load a backup into an empty database (PGlite or PostgreSQL), all or nothing')
    .action(async (file: string) => {
      await withServices('stratmap restore', async (ctx, database) => {
        const header = await restoreBackup(ctx, file);
        const rows = header.tables.reduce((n, t) => n + t.rows, 0);
        io.out(
          `restored ${rows} rows from ${file} (taken ${header.createdAt} on ${header.engine}) into ${database.kind}`,
        );
      });
    });
}
