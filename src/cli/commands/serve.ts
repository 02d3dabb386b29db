import type { Command } from 'commander';
import { loadConfig } from '../../config';
import { startServer } from '../../server/start';
import type { CliIo } from '../cli-runtime';

export function registerServe(program: Command, io: CliIo): void {
  program
    .command('serve')
    .description('start the web server and API (PORT, HOST, DATABASE_URL, STRATMAP_DATA_DIR)')
    .option('--port <port>', 'port to listen on (default: PORT or 3000)')
    .action(async (options: { port?: string }) => {
      const started = performance.now();
      const config = loadConfig(options.port ? { ...process.env, PORT: options.port } : process.env);
      const server = await startServer(config, io.out);
      const where =
        server.database.kind === 'pglite'
          ? `PGlite in ${server.database.location}`
          : `PostgreSQL at ${server.database.location}`;
      io.out(`Stratmap is listening on ${server.url} (${where})`);
      io.out(
        `started in ${Math.round(performance.now() - started)} ms, using ${Math.round(process.memoryUsage().rss / 1024 / 1024)} MB`,
      );
      let stopping = false;
      const stop = async (signal: string) => {
        if (stopping) return;
        stopping = true;
        io.out(`${signal}: shutting down`);
        await server.close();
        process.exit(0);
      };
      process.on('SIGINT', () => void stop('SIGINT'));
      process.on('SIGTERM', () => void stop('SIGTERM'));
      await new Promise(() => {});
    });
}
