import { Command, CommanderError } from 'commander';
import { type CliIo, processIo, reportError, setActAs } from './cli-runtime';
import { registerActuals } from './commands/actuals';
import { registerAudit } from './commands/audit';
import { registerBackup } from './commands/backup';
import { registerDemoCity } from './commands/demo-city';
import { registerExport } from './commands/export';
import { registerImport } from './commands/import';
import { registerLint } from './commands/lint';
import { registerMigrate } from './commands/migrate';
import { registerOrgs } from './commands/orgs';
import { registerPlans } from './commands/plans';
import { registerScore } from './commands/score';
import { registerServe } from './commands/serve';
import { registerUser } from './commands/user';

export function buildProgram(io: CliIo): Command {
  const program = new Command('stratmap')
    .description('Stratmap 策略地圖與平衡計分卡管理系統')
    .option(
      '--as <login>',
      'act as this account, held to its roles (default: the operator, recorded as "cli")',
    )
    .hook('preAction', (command) => setActAs(command.optsWithGlobals().as))
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) });
  registerServe(program, io);
  registerMigrate(program, io);
  registerImport(program, io);
  registerLint(program, io);
  registerExport(program, io);
  registerOrgs(program, io);
  registerPlans(program, io);
  registerScore(program, io);
  registerActuals(program, io);
  registerAudit(program, io);
  registerUser(program, io);
  registerBackup(program, io);
  registerDemoCity(program, io);
  return program;
}

/** Runs the CLI and returns its exit code; never throws. */
export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    return reportError(error, io);
  }
}
