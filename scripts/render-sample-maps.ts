/**
 * Renders the strategy map of every sample plan to /tmp/maps/<name>.svg and .png so that the
 * layout can be looked at, plus variants the samples lack: cause→effect links, lights and lint
 * highlights, English labels and a large synthetic plan. PNGs come from Chromium headless
 * (the fonts the web app and PDF export use), else rsvg-convert.
 *
 *   npx tsx scripts/render-sample-maps.ts [outDir]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { LayoutOptions, Light } from '../src/domain/map-layout';
import { layoutStrategyMap } from '../src/domain/map-layout';
import { type PlanDocument, type PlanDocumentInput, PlanDocumentSchema } from '../src/domain/plan-document';
import { renderSvg } from '../src/export/svg';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(process.argv[2] ?? '/tmp/maps');
mkdirSync(outDir, { recursive: true });

function toPng(svgPath: string, pngPath: string, width: number, height: number): string {
  if (existsSync('/usr/bin/chromium')) {
    const profile = join(outDir, '.chromium-profile');
    execFileSync(
      '/usr/bin/chromium',
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--hide-scrollbars',
        `--user-data-dir=${profile}`,
        `--screenshot=${pngPath}`,
        `--window-size=${Math.ceil(width)},${Math.ceil(height)}`,
        `file://${svgPath}`,
      ],
      { stdio: 'ignore', timeout: 60_000 },
    );
    rmSync(profile, { recursive: true, force: true });
    return 'chromium';
  }
  execFileSync('rsvg-convert', ['-o', pngPath, svgPath], { timeout: 60_000 });
  return 'rsvg-convert';
}

function render(name: string, plan: PlanDocument, options: LayoutOptions = {}): void {
  const layout = layoutStrategyMap(plan, options);
  const svgPath = join(outDir, `${name}.svg`);
  writeFileSync(svgPath, renderSvg(layout));
  const cards = layout.shapes.filter((s) => s.kind === 'card').length;
  const arrows = layout.shapes.filter((s) => s.kind === 'arrow').length;
  let how = 'no PNG';
  try {
    how = toPng(svgPath, join(outDir, `${name}.png`), layout.width, layout.height);
  } catch (e) {
    how = `no PNG (${(e as Error).message.split('\n')[0]})`;
  }
  console.log(`${name}: ${layout.width}×${layout.height}, ${cards} cards, ${arrows} arrows → ${how}`);
}

/**
 * Cause→effect links of the usual shape within each theme: learning → process → customer,
 * finance → process. Only for looking at arrows; the samples carry no links.
 */
function withLinks(plan: PlanDocument): PlanDocument {
  const links: { from: string; to: string }[] = [];
  const byTheme = new Map<string | null, PlanDocument['objectives']>();
  for (const o of plan.objectives) byTheme.set(o.theme, [...(byTheme.get(o.theme) ?? []), o]);
  for (const list of byTheme.values()) {
    const of = (p: string) => list.filter((o) => o.perspective === p);
    const [c0, c1] = of('C');
    const [p0, p1] = of('P');
    for (const l of of('L')) if (p0 ?? c0) links.push({ from: l.code, to: (p0 ?? c0)?.code as string });
    for (const f of of('F'))
      if (p1 ?? p0 ?? c0) links.push({ from: f.code, to: (p1 ?? p0 ?? c0)?.code as string });
    for (const p of of('P')) if (c0) links.push({ from: p.code, to: (p === p1 && c1 ? c1 : c0).code });
  }
  const crossTargets = plan.objectives.filter((o) => o.theme === null && o.code.startsWith('T'));
  plan.themes.forEach((t, i) => {
    const c = plan.objectives.find((o) => o.theme === t.letter && o.perspective === 'C');
    const target = crossTargets[i % Math.max(crossTargets.length, 1)];
    if (c && target) links.push({ from: c.code, to: target.code });
  });
  return { ...plan, links };
}

function synthetic(): PlanDocument {
  const long = [
    '提升市民對於公共服務之整體滿意度與信任感',
    '強化跨機關資料整合',
    '精進',
    '推動 AI 智慧治理與 open data 開放資料平台',
  ];
  const input: PlanDocumentInput = {
    format: 'stratmap.plan/1',
    org: { name: '合成測試機關' },
    year: 113,
    mission: '示範大型策略地圖的版面',
    themes: 'ABCDEFGH'
      .split('')
      .map((l) => ({ letter: l, name: `第${l}主題：${long[l.charCodeAt(0) % 4]}` })),
    objectives: [],
  };
  const objectives: NonNullable<PlanDocumentInput['objectives']> = [];
  // Fill the cells in rounds so that some hold five objectives and the total is 80.
  for (let k = 1; k <= 5; k++)
    for (const l of 'ABCDEFGH')
      for (const p of ['C', 'P', 'L', 'F'] as const)
        if (objectives.length < 78 && (k <= 2 || (l.charCodeAt(0) + p.charCodeAt(0) + k) % 3 === 0))
          objectives.push({ code: `${l}${p}${k}`, name: long[(k + l.charCodeAt(0)) % 4] as string });
  objectives.push(
    { code: 'F1', name: '加強基金預算運用效能' },
    { code: 'XL1', name: '主題字母未列出的目標' },
  );
  input.objectives = objectives;
  const plan = PlanDocumentSchema.parse(input);
  return withLinks(plan);
}

const sampleDir = join(root, 'samples');
const files = readdirSync(sampleDir)
  .filter((f) => f.endsWith('.json') && f !== 'index.json')
  .sort();
for (const file of files) {
  const plan = PlanDocumentSchema.parse(JSON.parse(readFileSync(join(sampleDir, file), 'utf8')));
  const name = file.replace(/\.json$/, '');
  render(name, plan);
  const linked = withLinks(plan);
  const lights: Record<string, Light> = {};
  const cycle: Light[] = ['green', 'yellow', 'red', 'none'];
  plan.objectives.forEach((o, i) => {
    lights[o.code] = cycle[i % 4] as Light;
  });
  render(`${name}.links`, linked, { lights, highlight: plan.objectives.slice(0, 2).map((o) => o.code) });
}
const first = files[0];
if (first) {
  const plan = PlanDocumentSchema.parse(JSON.parse(readFileSync(join(sampleDir, first), 'utf8')));
  render(`${first.replace(/\.json$/, '')}.en`, plan, {
    locale: 'en',
    perspectiveOrder: ['F', 'L', 'P', 'C'],
  });
}
render('synthetic-80', synthetic());
