import type { Command } from 'commander';
import { normalizePeriod } from '../../domain/periods';
import type { PlanDocument } from '../../domain/plan-document';
import { scorePlanDocument } from '../../domain/plan-scoring';
import type { GroupScore, PlanScore } from '../../domain/scoring';
import { AppError } from '../../services/errors';
import type { CliIo } from '../cli-runtime';
import { readPlanFile } from '../read-plan-file';

interface ScoreOptions {
  json?: boolean;
  period?: string;
  org?: string;
}

const pick = ({ achievement, light }: GroupScore) => ({ achievement, light });

/** The score as `stratmap score --json` prints it: ratios (1 = 100 %) and lights. */
export function scoreJson(score: PlanScore) {
  return {
    kpis: score.kpis.map((k) => ({
      code: k.code,
      period: k.period,
      achievement: k.achievement,
      light: k.light,
    })),
    objectives: score.objectives.map((o) => ({ code: o.code, ...pick(o) })),
    themes: score.themes.map((t) => ({ letter: t.letter, ...pick(t) })),
    perspectives: score.perspectives.map((p) => ({ perspective: p.perspective, ...pick(p) })),
    plan: pick(score.plan),
  };
}

const LIGHT: Record<string, string> = { green: '綠', yellow: '黃', red: '紅', none: '—' };
const percent = (x: number | null) => (x === null ? 'N/A' : `${(Math.round(x * 1000) / 10).toFixed(1)} %`);

function table(rows: string[][]): string[] {
  const width = (s: string) => [...s].reduce((w, c) => w + ((c.codePointAt(0) ?? 0) > 0x2e80 ? 2 : 1), 0);
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => width(r[i] ?? '')))) ?? [];
  return rows.map((r) =>
    r
      .map((c, i) => c + ' '.repeat((widths[i] ?? 0) - width(c)))
      .join('  ')
      .trimEnd(),
  );
}

function printTable(io: CliIo, doc: PlanDocument, score: PlanScore): void {
  io.out(`${doc.org.name} ${doc.year}: ${score.period}`);
  const fmt = (v: PlanScore['kpis'][number]['target']) =>
    v === null ? '—' : typeof v === 'number' ? String(v) : `${v.min}–${v.max}`;
  io.out(
    table([
      ['KPI', 'target', 'actual', 'achievement', 'light', 'note'],
      ...score.kpis.map((k) => [
        k.code,
        fmt(k.target),
        k.actual === null ? '—' : String(k.actual),
        percent(k.achievement),
        `${k.light} ${LIGHT[k.light]}`,
        k.problem?.en ?? '',
      ]),
    ]).join('\n'),
  );
  const groups: [string, GroupScore][] = [
    ...score.objectives.map((o): [string, GroupScore] => [`objective ${o.code}`, o]),
    ...score.themes.map((t): [string, GroupScore] => [`theme ${t.letter}`, t]),
    ...score.perspectives.map((p): [string, GroupScore] => [`perspective ${p.perspective}`, p]),
    ['plan', score.plan],
  ];
  io.out('');
  io.out(
    table([
      ['level', 'achievement', 'light', 'counted'],
      ...groups.map(([name, g]) => [
        name,
        percent(g.achievement),
        `${g.light} ${LIGHT[g.light]}`,
        String(g.counted),
      ]),
    ]).join('\n'),
  );
}

export function registerScore(program: Command, io: CliIo): void {
  program
    .command('score')
    .description('score a plan document with targets and actuals (no database needed)')
    .argument('<file>', 'a stratmap.plan/1 .json file')
    .option('--period <period>', 'period to score: 110, 110H1, 110Q1 or 110M01 (default: the plan year)')
    .option('--org <name>', 'the plan to score when the file holds several')
    .option('--json', 'print the scores as JSON')
    .action(async (file: string, options: ScoreOptions) => {
      const plans = readPlanFile(file);
      const plan = options.org ? plans.find((p) => p.org.name === options.org?.trim()) : plans[0];
      if (!plan || (plans.length > 1 && !options.org)) {
        const names = plans.map((p) => `${p.org.name} ${p.year}`).join(', ');
        throw new AppError(
          'validation',
          `${file} holds ${plans.length} plans (${names}); choose one with --org`,
        );
      }
      const period = options.period ? normalizePeriod(options.period) : String(plan.year);
      if (period === null) {
        throw new AppError(
          'validation',
          `--period ${options.period} is not a period; write 110, 110H1, 110Q1 or 110M01`,
        );
      }
      const score = scorePlanDocument(plan, period);
      if (options.json) io.out(JSON.stringify(scoreJson(score), null, 2));
      else printTable(io, plan, score);
    });
}
