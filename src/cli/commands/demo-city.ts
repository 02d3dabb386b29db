import type { Command } from 'commander';
import { currentRocYear } from '../../domain/demo-city-year';
import { createDemoCity } from '../../services/demo/create-demo-city';
import { AppError } from '../../services/errors';
import { type CliIo, withServices } from '../cli-runtime';

const whole = (name: string, text: string, min: number, max: number) => {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new AppError('validation', `--${name} must be a whole number from ${min} to ${max}, not "${text}"`);
  }
  return n;
};

export function registerDemoCity(program: Command, io: CliIo): void {
  program
    .command('demo-city')
    .description('fill the database with a deterministic synthetic city (示範市政府) for scale and load work')
    .option('--orgs <n>', 'organisations: the city, ~13 % bureaus, the rest agencies', '300')
    .option('--years <n>', 'years of plans, ending with the current ROC year', '10')
    .option('--seed <n>', 'the same seed gives the same city', '1')
    .action(async (options: { orgs: string; years: string; seed: string }) => {
      const settings = {
        orgs: whole('orgs', options.orgs, 1, 5000),
        years: whole('years', options.years, 1, 50),
        seed: whole('seed', options.seed, 0, 2 ** 31),
        lastYear: currentRocYear(),
      };
      await withServices('stratmap demo-city', async (ctx) => {
        const result = await createDemoCity(ctx, settings, (p) =>
          io.err(`${p.year}: ${p.plans} plans stored in ${(p.ms / 1000).toFixed(1)} s`),
        );
        io.out(
          `demo city: ${result.plans} plans for ${settings.orgs} organisations, years ${result.years[0]}–${result.years.at(-1)}`,
        );
      });
    });
}
