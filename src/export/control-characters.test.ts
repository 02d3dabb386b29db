import { describe, expect, it } from 'vitest';
import { CONTROL_CHARACTERS } from '../domain/control-characters';
import { writeCityPack } from './city-pack';
import { exportPlan } from './index';
import { malformedParts, xmlError } from './ooxml-inspect';
import { reportHtml } from './report-html';
import { planWithTexts, samplePlan } from './test-plans';

/**
 * Plans stored before input refused control characters, or read from a file, still reach the
 * writers: every part of every Office file must stay well-formed XML, and no text may carry one.
 */
const CONTROLS = ['\u0001', '\u000b', '\u0000', '\u001f', '\u0008', '\u000c'];
const plan = planWithTexts((text) => {
  const sum = [...text].reduce((s, c) => s + (c.codePointAt(0) ?? 0), 0);
  const cut = Math.min(2, text.length);
  return `${text.slice(0, cut)}${CONTROLS[sum % CONTROLS.length]}${text.slice(cut)}\u000b`;
});
const NOW = new Date('2021-06-01T04:00:00Z');

describe('writers given texts with control characters', () => {
  it('the plan itself carries them in every kind of text (or this test proves nothing)', () => {
    const texts = [
      plan.org.name,
      plan.mission,
      plan.themes[0]?.lead,
      plan.themes[0]?.cascadesFrom?.org,
      plan.kpis[0]?.unit,
      plan.kpis.find((k) => k.stages)?.stages?.[0]?.name,
      plan.actuals?.find((a) => a.explanation)?.correctiveAction,
    ];
    for (const t of texts) expect(t).toMatch(CONTROL_CHARACTERS);
  });

  it('PPTX and XLSX: every XML part parses', async () => {
    for (const format of ['pptx', 'xlsx'] as const) {
      const bytes = await exportPlan(plan, format, { now: NOW });
      expect(malformedParts(bytes), format).toEqual([]);
    }
  });

  it('the city pack: every part of every deck and workbook in it parses', async () => {
    const bytes = await writeCityPack(110, [plan, samplePlan('臺北市政府人事處-110.json')], { now: NOW });
    expect(malformedParts(bytes)).toEqual([]);
  });

  it('SVG parses and the PDF report page holds none of them', async () => {
    const svg = new TextDecoder().decode(await exportPlan(plan, 'svg'));
    expect(xmlError(svg)).toBeNull();
    expect(svg).toContain(plan.objectives[0]?.code);
    expect(reportHtml(plan, { now: NOW })).not.toMatch(CONTROL_CHARACTERS);
  });

  it('JSON keeps them, escaped', async () => {
    const json = new TextDecoder().decode(await exportPlan(plan, 'json'));
    expect(json).not.toMatch(CONTROL_CHARACTERS);
    expect(JSON.parse(json).org.name).toBe(plan.org.name);
  });
});
