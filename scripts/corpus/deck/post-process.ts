import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/**
 * Turns pptxgenjs output into what PowerPoint writes when a person draws the map: a card's
 * rectangle and its text box wrapped in a group whose child space is scaled (as after resizing
 * a group), arrows as connectors glued to the cards they join (p:cxnSp with stCxn/endCxn), and
 * shape names as PowerPoint gives them, so no reader can take a code from a name. Dates are
 * fixed and the zip rewritten with one timestamp, so the same plan gives the same bytes.
 */

export interface PostProcessOptions {
  groups: boolean;
  connectors: boolean;
}

const FIXED_DATE = '2021-03-30T00:00:00Z';
/** Child space of a group is 1.25 × its extent on the slide: readers must apply the transform. */
const GROUP_SCALE = 1.25;

interface Xfrm {
  x: number;
  y: number;
  cx: number;
  cy: number;
}

const SHAPE = /<p:sp>[\s\S]*?<\/p:sp>/g;
const nameOf = (sp: string) => /<p:cNvPr id="\d+" name="([^"]*)"/.exec(sp)?.[1]?.replace(/&gt;/g, '>') ?? '';
const idOf = (sp: string) => Number(/<p:cNvPr id="(\d+)"/.exec(sp)?.[1] ?? 0);

function xfrmOf(sp: string): Xfrm {
  const m = /<a:off x="(-?\d+)" y="(-?\d+)"\/><a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(sp);
  if (!m) throw new Error('shape without a position');
  return { x: Number(m[1]), y: Number(m[2]), cx: Number(m[3]), cy: Number(m[4]) };
}

function withXfrm(sp: string, f: (x: Xfrm) => Xfrm): string {
  const n = f(xfrmOf(sp));
  return sp.replace(
    /<a:off x="(-?\d+)" y="(-?\d+)"\/><a:ext cx="(\d+)" cy="(\d+)"\/>/,
    `<a:off x="${Math.round(n.x)}" y="${Math.round(n.y)}"/><a:ext cx="${Math.round(n.cx)}" cy="${Math.round(n.cy)}"/>`,
  );
}

function rename(sp: string, name: string): string {
  return sp.replace(/(<p:cNvPr id="\d+" name=")[^"]*(")/, `$1${name}$2`);
}

function group(rect: string, label: string, id: number): string {
  const a = xfrmOf(rect);
  const b = xfrmOf(label);
  const off = { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y) };
  const ext = { cx: Math.max(a.x + a.cx, b.x + b.cx) - off.x, cy: Math.max(a.y + a.cy, b.y + b.cy) - off.y };
  const child = (x: Xfrm): Xfrm => ({
    x: (x.x - off.x) * GROUP_SCALE,
    y: (x.y - off.y) * GROUP_SCALE,
    cx: x.cx * GROUP_SCALE,
    cy: x.cy * GROUP_SCALE,
  });
  return (
    `<p:grpSp><p:nvGrpSpPr><p:cNvPr id="${id}" name="Group ${id}"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>` +
    `<p:grpSpPr><a:xfrm><a:off x="${off.x}" y="${off.y}"/><a:ext cx="${ext.cx}" cy="${ext.cy}"/>` +
    `<a:chOff x="0" y="0"/><a:chExt cx="${Math.round(ext.cx * GROUP_SCALE)}" cy="${Math.round(ext.cy * GROUP_SCALE)}"/></a:xfrm></p:grpSpPr>` +
    `${withXfrm(rect, child)}${withXfrm(label, child)}</p:grpSp>`
  );
}

/** Connection sites of a rectangle: 0 top, 1 left, 2 bottom, 3 right. */
function site(box: Xfrm, x: number, y: number): number {
  const d = [
    Math.hypot(x - (box.x + box.cx / 2), y - box.y),
    Math.hypot(x - box.x, y - (box.y + box.cy / 2)),
    Math.hypot(x - (box.x + box.cx / 2), y - (box.y + box.cy)),
    Math.hypot(x - (box.x + box.cx), y - (box.y + box.cy / 2)),
  ];
  return d.indexOf(Math.min(...d));
}

function connector(line: string, from: string, to: string): string {
  const x = xfrmOf(line);
  const flipH = /flipH="1"/.test(line);
  const flipV = /flipV="1"/.test(line);
  const start = { x: flipH ? x.x + x.cx : x.x, y: flipV ? x.y + x.cy : x.y };
  const end = { x: flipH ? x.x : x.x + x.cx, y: flipV ? x.y : x.y + x.cy };
  const id = idOf(line);
  const spPr =
    /<p:spPr>[\s\S]*<\/p:spPr>/.exec(line)?.[0]?.replace('prst="line"', 'prst="straightConnector1"') ?? '';
  return (
    `<p:cxnSp><p:nvCxnSpPr><p:cNvPr id="${id}" name="Straight Arrow Connector ${id}"/><p:cNvCxnSpPr>` +
    `<a:stCxn id="${idOf(from)}" idx="${site(xfrmOf(from), start.x, start.y)}"/>` +
    `<a:endCxn id="${idOf(to)}" idx="${site(xfrmOf(to), end.x, end.y)}"/>` +
    `</p:cNvCxnSpPr><p:nvPr/></p:nvCxnSpPr>${spPr}</p:cxnSp>`
  );
}

export function processSlide(xml: string, o: PostProcessOptions): string {
  const shapes = xml.match(SHAPE) ?? [];
  const byName = new Map(shapes.map((sp) => [nameOf(sp), sp]));
  let next = Math.max(1000, ...shapes.map(idOf)) + 1;
  const replaced = new Map<string, string>();
  for (const sp of shapes) {
    const name = nameOf(sp);
    const [kind, code] = name.split(':');
    const id = idOf(sp);
    if (kind === 'link' && code) {
      const [from, to] = code.split('>');
      const a = byName.get(`card:${from}`) ?? byName.get(`rect:${from}`);
      const b = byName.get(`card:${to}`) ?? byName.get(`rect:${to}`);
      replaced.set(
        sp,
        o.connectors && a && b ? connector(sp, a, b) : rename(sp, `Straight Arrow Connector ${id}`),
      );
    } else if (kind === 'rect' && code) {
      const label = byName.get(`label:${code}`);
      const plain = rename(sp, `Rounded Rectangle ${id}`);
      if (o.groups && label) {
        replaced.set(sp, group(plain, rename(label, `TextBox ${idOf(label)}`), next++));
        replaced.set(label, '');
      } else replaced.set(sp, plain);
    } else if (kind === 'label' && !replaced.has(sp)) replaced.set(sp, rename(sp, `TextBox ${id}`));
    else if (kind === 'card' || kind === 'theme') replaced.set(sp, rename(sp, `Rectangle ${id}`));
  }
  return xml.replace(SHAPE, (sp) => replaced.get(sp) ?? sp);
}

export function postProcess(pptx: Uint8Array, o: PostProcessOptions): Uint8Array {
  const files = unzipSync(pptx);
  const out: Record<string, [Uint8Array, { mtime: Date }]> = {};
  const mtime = new Date(FIXED_DATE);
  const names = Object.keys(files).filter((n) => !n.endsWith('/'));
  names.sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : 0));
  for (const name of names) {
    let data = files[name] as Uint8Array;
    if (name === 'docProps/core.xml')
      data = strToU8(
        strFromU8(data).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, `$1${FIXED_DATE}`),
      );
    else if (/^ppt\/slides\/slide\d+\.xml$/.test(name)) data = strToU8(processSlide(strFromU8(data), o));
    out[name] = [data, { mtime }];
  }
  return zipSync(out, { level: 6 });
}
