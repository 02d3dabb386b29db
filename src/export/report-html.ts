import type { Light } from '../domain/map-layout';
import { LIGHT_COLOURS } from '../domain/map-layout/style';
import { formatRocDate } from '../domain/periods';
import type { PlanDocument } from '../domain/plan-document';
import {
  coded,
  coverTitle,
  groupTitle,
  perspectiveLabel,
  type ScorecardGroup,
  scorecardGroups,
} from './scorecard-model';
import { escapeXml, strategyMapSvg } from './svg';
import {
  formatNumber,
  formatPercent,
  formatTarget,
  LIGHT_LABELS,
  latestResults,
  objectiveLights,
  reportedKpis,
} from './tracking';

/**
 * The plan report as one self-contained HTML page (no external assets): cover, 使命／願景／核心
 * 價值, the strategy map as inline SVG, the scorecards and the results. Chromium prints it to
 * an A4 landscape PDF; tables repeat their header on every printed page.
 */

const esc = escapeXml;

const STYLE = `
@page { size: A4 landscape; margin: 12mm 12mm 14mm; }
* { box-sizing: border-box; }
body { font-family: 'Noto Sans CJK TC', 'Noto Sans TC', 'Microsoft JhengHei', sans-serif; color: #1f2933; margin: 0; font-size: 10.5pt; }
section { break-after: page; }
section:last-child { break-after: auto; }
h1 { font-size: 30pt; color: #243b53; margin: 0 0 8mm; }
h2 { font-size: 16pt; color: #fff; background: #243b53; padding: 3mm 5mm; margin: 0 0 5mm; }
.cover { height: 180mm; display: flex; flex-direction: column; justify-content: center; align-items: center; text-align: center; }
.cover .org { font-size: 20pt; color: #52606d; margin-bottom: 6mm; }
.cover .date { font-size: 15pt; color: #52606d; border-top: 1px solid #bcccdc; padding-top: 5mm; }
.mvv { display: grid; grid-template-columns: 40mm 1fr; gap: 4mm; }
.mvv dt { background: #243b53; color: #fff; font-size: 16pt; font-weight: bold; display: flex; align-items: center; justify-content: center; padding: 8mm 0; }
.mvv dd { margin: 0; background: #f0f4f8; font-size: 16pt; color: #243b53; display: flex; align-items: center; padding: 4mm 6mm; }
.map svg { width: 100%; height: auto; max-height: 170mm; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
thead { display: table-header-group; }
th { background: #243b53; color: #fff; font-weight: bold; padding: 1.5mm; border: 0.5pt solid #bcccdc; }
td { border: 0.5pt solid #bcccdc; padding: 1.5mm; vertical-align: top; overflow-wrap: anywhere; }
tr { break-inside: avoid; }
.p { font-weight: bold; text-align: center; vertical-align: middle; }
.o { font-weight: bold; }
.muted { color: #52606d; font-size: 9pt; }
ul { margin: 0; padding-left: 0; list-style: none; }
li + li { margin-top: 1mm; }
.num { text-align: right; }
.light { font-weight: bold; white-space: nowrap; }
.summary { font-size: 13pt; margin: 0 0 4mm; }
`;

const PERSPECTIVE_TINT: Record<string, string> = { C: '#c3daf2', P: '#c2e5cf', L: '#fde0b0', F: '#dccdf0' };

function list(items: string[]): string {
  return items.length ? `<ul>${items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>` : '';
}

function scorecard(group: ScorecardGroup): string {
  const rows: string[] = [];
  group.objectives.forEach((o, i) => {
    const span = Math.max(1, o.kpis.length);
    const prev = group.objectives[i - 1];
    const startsRun = !prev || prev.objective.perspective !== o.objective.perspective;
    let run = 0;
    if (startsRun) {
      for (let j = i; group.objectives[j]?.objective.perspective === o.objective.perspective; j++) {
        run += Math.max(1, group.objectives[j]?.kpis.length ?? 0);
      }
    }
    const kpis = o.kpis.length ? o.kpis : [null];
    kpis.forEach((k, ki) => {
      const cells: string[] = [];
      if (ki === 0) {
        if (startsRun) {
          const tint = PERSPECTIVE_TINT[o.objective.perspective];
          cells.push(
            `<td class="p" rowspan="${run}" style="background:${tint}">${esc(perspectiveLabel(o.objective.perspective))}</td>`,
          );
        }
        cells.push(`<td class="o" rowspan="${span}">${esc(coded(o.objective.code, o.objective.name))}</td>`);
        cells.push(`<td rowspan="${span}">${list(o.ksfs.map((x) => coded(x.code, x.name)))}</td>`);
      }
      const detail = k
        ? [
            k.kpi.formula ? `公式：${k.kpi.formula}` : '',
            k.kpi.unit ? `單位：${k.kpi.unit}` : '',
            k.kpi.note ? `備註：${k.kpi.note}` : '',
          ]
            .filter(Boolean)
            .join('　')
        : '';
      cells.push(
        `<td>${k ? esc(coded(k.kpi.code, k.kpi.name)) : ''}${detail ? `<div class="muted">${esc(detail)}</div>` : ''}</td>`,
      );
      cells.push(`<td>${k ? list(k.actions.map((a) => coded(a.code, a.name))) : ''}</td>`);
      rows.push(`<tr>${cells.join('')}</tr>`);
    });
  });
  return `<section><h2>平衡計分卡　${esc(groupTitle(group))}</h2><table>
<colgroup><col style="width:8%"><col style="width:18%"><col style="width:20%"><col style="width:24%"><col style="width:30%"></colgroup>
<thead><tr><th>構面</th><th>策略目標</th><th>關鍵成功因素</th><th>關鍵績效指標</th><th>行動方案</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table></section>`;
}

function lightHtml(light: Light): string {
  if (light === 'none') return '<span class="muted">—</span>';
  return `<span class="light" style="color:${LIGHT_COLOURS[light]}">● ${LIGHT_LABELS[light]}</span>`;
}

function resultsSection(plan: PlanDocument): string {
  const results = latestResults(plan);
  if (!results) return '';
  const kpis = new Map(plan.kpis.map((k) => [k.code, k]));
  const reported = reportedKpis(results);
  const rows = reported.kpis.map((k) => {
    const kpi = kpis.get(k.code);
    const unit = kpi?.unit ? ` ${esc(kpi.unit)}` : '';
    return `<tr><td>${esc(k.objective)}</td><td>${esc(coded(k.code, kpi?.name ?? ''))}${k.problem ? `<div class="muted">${esc(k.problem.zh)}</div>` : ''}</td>
<td class="num">${k.target === null ? '—' : esc(formatTarget(k.target)) + unit}</td><td class="num">${k.actual === null ? '—' : esc(formatNumber(k.actual)) + unit}</td>
<td class="num">${formatPercent(k.achievement)}</td><td>${lightHtml(k.light)}</td></tr>`;
  });
  const overall = results.score.plan;
  return `<section><h2>績效成果　${esc(results.label)}</h2>
<p class="summary">整體達成率 <b>${formatPercent(overall.achievement)}</b>　${lightHtml(overall.light)}<span class="muted">（${esc(reported.summary)}）</span></p>
<table><colgroup><col style="width:9%"><col style="width:45%"><col style="width:12%"><col style="width:12%"><col style="width:11%"><col style="width:11%"></colgroup>
<thead><tr><th>策略目標</th><th>關鍵績效指標</th><th>目標值</th><th>實際值</th><th>達成率</th><th>燈號</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table></section>`;
}

export function reportHtml(plan: PlanDocument, options: { now?: Date } = {}): string {
  const date = plan.issued ? formatRocDate(plan.issued) : formatRocDate(options.now ?? new Date());
  const title = coverTitle(plan);
  const map = strategyMapSvg(plan, {
    lights: objectiveLights(latestResults(plan)),
    idPrefix: 'report-map',
  }).replace(/^<\?xml[^>]*>\s*/, '');
  const groups = scorecardGroups(plan).filter((g) => g.objectives.length > 0 || g.kind === 'theme');
  return `<!DOCTYPE html>
<html lang="zh-TW"><head><meta charset="utf-8"><title>${esc(`${plan.org.name} ${title}`)}</title><style>${STYLE}</style></head>
<body>
<section class="cover"><div class="org">${esc(plan.org.name)}</div><h1>${esc(title)}</h1><div class="date">${esc(date)}</div></section>
<section><h2>使命、願景與核心價值</h2><dl class="mvv">
<dt>使命</dt><dd>${esc(plan.mission || '（未填寫）')}</dd>
<dt>願景</dt><dd>${esc(plan.vision || '（未填寫）')}</dd>
<dt>核心價值</dt><dd>${esc(plan.coreValues.join('、') || '（未填寫）')}</dd></dl></section>
<section class="map"><h2>策略地圖</h2>${map}</section>
${groups.map(scorecard).join('\n')}
${resultsSection(plan)}
</body></html>
`;
}
