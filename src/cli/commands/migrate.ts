import type { Command } from 'commander';
import { type CliIo, withServices } from '../cli-runtime';

export function registerMigrate(program: Command, io: CliIo): void {
  program
    .command('migrate')
    .description('apply pending database migrations (the server also does this when it starts)')
    .action(async () => {
      await withServices('stratmap migrate', async (_ctx, database) => {
        io.out(`database is up to date (${database.kind}: ${database.location})`);
      });
    });
}
