import { Command, CommanderError, Option } from 'commander';
import type { Lang } from '../domain/messages/define';
import { type CliIo, processIo, reportError, setActAs, setLang } from './cli-runtime';
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
    .hook('preAction', (command, action) => {
      setActAs(command.optsWithGlobals().as);
      setLang(action.opts<{ lang?: Lang }>().lang);
    })
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
  addLangOption(program);
  return program;
}

/**
 * `--lang zh|en` on every command that runs, for its messages and errors. A program-wide option
 * would swallow the one `import` and `lint` declare for their findings, so each command has its own.
 */
function addLangOption(command: Command): void {
  for (const sub of command.commands) addLangOption(sub);
  if (command.commands.length > 0 || command.options.some((o) => o.long === '--lang')) return;
  command.addOption(
    new Option('--lang <lang>', 'language of messages and errors').choices(['zh', 'en']).default('zh'),
  );
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
