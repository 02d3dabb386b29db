import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type Light, layoutStrategyMap } from '../domain/map-layout';
import { type PlanDocument, PlanDocumentSchema } from '../domain/plan-document';
import { escapeXml, renderSvg, strategyMapSvg } from './svg';

interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: (XmlElement | string)[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * A strict little XML parser: enough to prove the SVG is well-formed (matching tags, quoted
 * attributes without `<`, no duplicate attributes, only known entities, one root) and to
 * read its text back.
 */
function parseXml(xml: string): XmlElement {
  let pos = 0;
  const fail = (what: string): never => {
    throw new Error(`${what} at ${pos}: ${JSON.stringify(xml.slice(pos, pos + 40))}`);
  };
  const isNameChar = (c: string) => /[A-Za-z0-9_:.-]/.test(c);
  const skipSpace = () => {
    while (pos < xml.length && ' \t\r\n'.includes(xml[pos] as string)) pos++;
  };
  const name = () => {
    const start = pos;
    if (!/[A-Za-z_:]/.test(xml[pos] ?? '')) fail('name expected');
    while (pos < xml.length && isNameChar(xml[pos] as string)) pos++;
    return xml.slice(start, pos);
  };
  const decode = (raw: string) => {
    let out = '';
    for (let i = 0; i < raw.length; i++) {
      const c = raw[i] as string;
      if (c === '<') fail('raw < in text or attribute');
      if (c !== '&') {
        out += c;
        continue;
      }
      const end = raw.indexOf(';', i);
      if (end < 0) fail('unterminated entity');
      const ref = raw.slice(i + 1, end);
      if (ref in ENTITIES) out += ENTITIES[ref];
      else if (/^#[0-9]+$/.test(ref)) out += String.fromCodePoint(Number(ref.slice(1)));
      else if (/^#x[0-9a-fA-F]+$/.test(ref)) out += String.fromCodePoint(Number.parseInt(ref.slice(2), 16));
      else fail(`unknown entity &${ref};`);
      i = end;
    }
    return out;
  };
  const element = (): XmlElement => {
    if (xml[pos] !== '<') fail('< expected');
    pos++;
    const el: XmlElement = { name: name(), attrs: {}, children: [] };
    for (;;) {
      skipSpace();
      if (xml.startsWith('/>', pos)) {
        pos += 2;
        return el;
      }
      if (xml[pos] === '>') {
        pos++;
        break;
      }
      const attr = name();
      skipSpace();
      if (xml[pos] !== '=') fail('= expected');
      pos++;
      skipSpace();
      const quote = xml[pos];
      if (quote !== '"' && quote !== "'") fail('quoted value expected');
      const end = xml.indexOf(quote as string, pos + 1);
      if (end < 0) fail('unterminated attribute');
      if (attr in el.attrs) fail(`duplicate attribute ${attr}`);
      el.attrs[attr] = decode(xml.slice(pos + 1, end));
      pos = end + 1;
    }
    for (;;) {
      if (pos >= xml.length) fail(`unclosed <${el.name}>`);
      if (xml.startsWith('</', pos)) {
        pos += 2;
        if (name() !== el.name) fail(`mismatched </…> for <${el.name}>`);
        skipSpace();
        if (xml[pos] !== '>') fail('> expected');
        pos++;
        return el;
      }
      if (xml.startsWith('<!--', pos)) {
        const end = xml.indexOf('-->', pos);
        if (end < 0) fail('unterminated comment');
        pos = end + 3;
      } else if (xml[pos] === '<') {
        el.children.push(element());
      } else {
        const end = xml.indexOf('<', pos);
        if (end < 0) fail('text after the last tag');
        el.children.push(decode(xml.slice(pos, end)));
        pos = end;
      }
    }
  };
  if (xml.startsWith('<?xml')) {
    const end = xml.indexOf('?>');
    if (end < 0) fail('unterminated declaration');
    pos = end + 2;
  }
  skipSpace();
  const root = element();
  skipSpace();
  if (pos !== xml.length) fail('content after the root element');
  return root;
}

function all(el: XmlElement, pred: (e: XmlElement) => boolean, out: XmlElement[] = []): XmlElement[] {
  if (pred(el)) out.push(el);
  for (const c of el.children) if (typeof c !== 'string') all(c, pred, out);
  return out;
}

function textOf(el: XmlElement): string {
  return el.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}

const sampleDir = fileURLToPath(new URL('../../samples/', import.meta.url));
const samples = readdirSync(sampleDir)
  .filter((f) => f.endsWith('.json') && f !== 'index.json')
  .sort()
  .map((f) => ({ file: f, plan: PlanDocumentSchema.parse(JSON.parse(readFileSync(sampleDir + f, 'utf8'))) }));

function plan(input: Record<string, unknown>): PlanDocument {
  return PlanDocumentSchema.parse({
    format: 'stratmap.plan/1',
    org: { name: '測試局' },
    year: 112,
    ...input,
  });
}

describe('the XML checker itself', () => {
  it('rejects what is not well-formed', () => {
    expect(() => parseXml('<a><b></a>')).toThrow(/mismatched/);
    expect(() => parseXml('<a x="1" x="2"/>')).toThrow(/duplicate/);
    expect(() => parseXml('<a>A & B</a>')).toThrow(/entity/);
    expect(() => parseXml('<a t="<"/>')).toThrow(/raw </);
    expect(() => parseXml('<a/><b/>')).toThrow(/after the root/);
    expect(textOf(parseXml('<a>x &amp; &#x4E00;<b>y</b></a>'))).toBe('x & 一y');
  });
});

describe('renderSvg', () => {
  for (const { file, plan: p } of samples) {
    it(`${file}: well-formed SVG with every objective as a titled card`, () => {
      const cycle: Light[] = ['green', 'yellow', 'red', 'none'];
      const lights: Record<string, Light> = {};
      p.objectives.forEach((o, k) => {
        lights[o.code] = cycle[k % 4] as Light;
      });
      const svg = strategyMapSvg(p, { lights, highlight: [p.objectives[0]?.code ?? ''] });
      const root = parseXml(svg);
      expect(root.name).toBe('svg');
      expect(root.attrs.xmlns).toBe('http://www.w3.org/2000/svg');
      expect(root.attrs['xml:lang']).toBe('zh-TW');
      expect(
        root.attrs['font-family']?.startsWith(
          "'Noto Sans CJK TC', 'Noto Sans TC', 'Microsoft JhengHei', sans-serif",
        ),
      ).toBe(true);
      const cards = all(
        root,
        (e) => e.name === 'g' && 'data-code' in e.attrs && e.attrs.class?.startsWith('objective') === true,
      );
      expect(cards.map((c) => c.attrs['data-code']).sort()).toEqual(p.objectives.map((o) => o.code).sort());
      for (const o of p.objectives) {
        const card = cards.find((c) => c.attrs['data-code'] === o.code) as XmlElement;
        const title = card.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === 'title');
        expect(title && textOf(title)).toBe(`${o.code} ${o.name}`);
        const lines = all(card, (e) => e.name === 'text').map(textOf);
        expect(lines[0]).toBe(o.code);
        expect(lines.slice(1).join('').replace(/\s/g, '')).toBe(o.name.replace(/\s/g, ''));
      }
      const dots = all(root, (e) => e.name === 'circle');
      expect(dots).toHaveLength(p.objectives.filter((_, i) => i % 4 !== 3).length);
      expect(all(root, (e) => e.attrs.class === 'objective highlighted')).toHaveLength(1);
    });
  }

  it('draws each link as a polyline ending in the arrowhead marker', () => {
    const p = plan({
      themes: [{ letter: 'A', name: '甲' }],
      objectives: [
        { code: 'AC1', name: '一' },
        { code: 'AP1', name: '二' },
        { code: 'AL1', name: '三' },
      ],
      links: [
        { from: 'AP1', to: 'AC1' },
        { from: 'AL1', to: 'AC1' },
      ],
    });
    const root = parseXml(strategyMapSvg(p, { idPrefix: 'map7' }));
    const marker = all(root, (e) => e.name === 'marker');
    expect(marker.map((m) => m.attrs.id)).toEqual(['map7-arrowhead']);
    const lines = all(root, (e) => e.name === 'polyline');
    expect(lines.map((l) => `${l.attrs['data-from']}>${l.attrs['data-to']}`)).toEqual(['AP1>AC1', 'AL1>AC1']);
    for (const l of lines) expect(l.attrs['marker-end']).toBe('url(#map7-arrowhead)');
  });

  it('escapes markup and ampersands in names and drops characters XML forbids', () => {
    const p = plan({
      title: 'Q&A <地圖>',
      mission: '"使命" & \'願景\'',
      themes: [{ letter: 'A', name: '<script>alert(1)</script>' }],
      objectives: [{ code: 'AC1', name: 'R&D <提升> "效能"' }],
    });
    // Input refuses control characters; a plan stored before that still carries them.
    const o = p.objectives[0] as PlanDocument['objectives'][number];
    o.name += '\u0007';
    const svg = strategyMapSvg(p);
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('\u0007');
    const root = parseXml(svg);
    const texts = all(root, (e) => e.name === 'text')
      .map(textOf)
      .join('\n');
    expect(texts).toContain('<script>');
    expect(texts).toContain('Q&A <地圖>');
    expect(textOf(all(root, (e) => e.name === 'title')[1] as XmlElement)).toBe('AC1 R&D <提升> "效能"');
  });

  it('escapeXml escapes the five XML special characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });

  it('strategyMapSvg is layout followed by render, and is deterministic', () => {
    const p = samples[0]?.plan as PlanDocument;
    expect(strategyMapSvg(p, { width: 1400 })).toBe(renderSvg(layoutStrategyMap(p, { width: 1400 })));
    expect(strategyMapSvg(p)).toBe(strategyMapSvg(structuredClone(p)));
  });

  it('sizes the document to the layout', () => {
    const layout = layoutStrategyMap(samples[0]?.plan as PlanDocument);
    const root = parseXml(renderSvg(layout));
    expect(Number(root.attrs.width)).toBe(layout.width);
    expect(Number(root.attrs.height)).toBe(layout.height);
    expect(root.attrs.viewBox).toBe(`0 0 ${layout.width} ${layout.height}`);
  });
});
