import type { Point, Rect } from './types';

/**
 * Orthogonal arrow routing between cards. Routes run on a sparse grid of lines: the centre
 * lanes of every gap between cards (with parallel lanes where the gap is wide enough) and the
 * attachment lines of the cards themselves. A* over that grid with penalties for bends,
 * for sharing a lane with an earlier arrow and for reusing an attachment point gives routes
 * that never enter a card, keep to the gutters and spread parallel arrows over lanes.
 */

export interface RouteRequest {
  from: number;
  to: number;
}

const CLEARANCE = 4;
const LANE_GAP = 7;
/** Last straight run before a card, long enough for the arrowhead to sit on a straight line. */
const STUB = 8.5;
const LANE_CLEAR = 5;
const MIN_SEPARATION = 4;
/** Lanes either side of a gap's centre; more only slow the search down. */
const MAX_LANES = 2;
const BEND = 24;
const OVERLAP = 400;
const CROSSING = 6;
/** Arrows into one card (or out of one) may merge, as bundles read as "these all lead to". */
const PORT_SHARE = 10;
/** An arrowhead on the start of another arrow reads wrong; avoid it. */
const PORT_CLASH = 200;

type Side = 0 | 1 | 2 | 3; // top, bottom, left, right
// Moves: 0 = +x, 1 = -x, 2 = +y, 3 = -y.
const OUTWARD: Record<Side, number> = { 0: 3, 1: 2, 2: 1, 3: 0 };

interface Port {
  card: number;
  side: Side;
  key: string;
  at: Point;
  node: number;
}

function laneLines(edges: number[]): number[] {
  const sorted = [...new Set(edges)].sort((a, b) => a - b);
  const lines: number[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const a = sorted[i] as number;
    const b = sorted[i + 1] as number;
    if (b - a < 2 * LANE_CLEAR) continue;
    const mid = (a + b) / 2;
    lines.push(mid);
    for (let k = 1; k <= MAX_LANES && mid + k * LANE_GAP <= b - LANE_CLEAR; k++)
      lines.push(mid + k * LANE_GAP, mid - k * LANE_GAP);
  }
  return lines;
}

/** Port lines are kept exactly; lanes too close to a kept line would only look like overlaps. */
function mergeLines(ports: number[], lanes: number[]): number[] {
  const kept = [...new Set(ports)].sort((a, b) => a - b);
  const out = [...kept];
  for (const l of lanes.sort((a, b) => a - b))
    if (!out.some((k) => Math.abs(k - l) < MIN_SEPARATION)) out.push(l);
  return out.sort((a, b) => a - b);
}

function lowerBound(arr: number[], v: number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((arr[mid] as number) < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

class Heap {
  private keys: number[] = [];
  private vals: number[] = [];
  get size(): number {
    return this.keys.length;
  }
  push(key: number, val: number): void {
    const { keys, vals } = this;
    let i = keys.length;
    keys.push(key);
    vals.push(val);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if ((keys[p] as number) <= key) break;
      keys[i] = keys[p] as number;
      vals[i] = vals[p] as number;
      i = p;
    }
    keys[i] = key;
    vals[i] = val;
  }
  pop(): number {
    const { keys, vals } = this;
    const top = vals[0] as number;
    const lastK = keys.pop() as number;
    const lastV = vals.pop() as number;
    if (keys.length > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= keys.length) break;
        const r = l + 1;
        const c = r < keys.length && (keys[r] as number) < (keys[l] as number) ? r : l;
        if ((keys[c] as number) >= lastK) break;
        keys[i] = keys[c] as number;
        vals[i] = vals[c] as number;
        i = c;
      }
      keys[i] = lastK;
      vals[i] = lastV;
    }
    return top;
  }
}

export function routeArrows(cards: Rect[], requests: RouteRequest[]): Point[][] {
  if (requests.length === 0) return [];
  const portXs = cards.flatMap((c) => [c.x + c.w / 4, c.x + c.w / 2, c.x + (3 * c.w) / 4]);
  const portYs = cards.flatMap((c) => [c.y + c.h / 4, c.y + c.h / 2, c.y + (3 * c.h) / 4]);
  const left = Math.min(...cards.map((c) => c.x));
  const right = Math.max(...cards.map((c) => c.x + c.w));
  const top = Math.min(...cards.map((c) => c.y));
  const bottom = Math.max(...cards.map((c) => c.y + c.h));
  const xEdges = [left - 4 * LANE_CLEAR, right + 4 * LANE_CLEAR, ...cards.flatMap((c) => [c.x, c.x + c.w])];
  const yEdges = [top - 4 * LANE_CLEAR, bottom + 4 * LANE_CLEAR, ...cards.flatMap((c) => [c.y, c.y + c.h])];
  const xs = mergeLines(portXs, laneLines(xEdges));
  const ys = mergeLines(portYs, laneLines(yEdges));
  const NX = xs.length;
  const NY = ys.length;
  const nodes = NX * NY;
  const blocked = new Uint8Array(nodes);
  for (const c of cards) {
    const x0 = lowerBound(xs, c.x - CLEARANCE + 1e-6);
    const x1 = lowerBound(xs, c.x + c.w + CLEARANCE);
    const y0 = lowerBound(ys, c.y - CLEARANCE + 1e-6);
    const y1 = lowerBound(ys, c.y + c.h + CLEARANCE);
    for (let iy = y0; iy < y1; iy++) for (let ix = x0; ix < x1; ix++) blocked[iy * NX + ix] = 1;
  }
  const usage = new Usage(nodes);
  const portUse = new Map<string, number>();
  const portCost = (p: Port, role: 'in' | 'out') =>
    PORT_SHARE * (portUse.get(`${p.key}:${role}`) ?? 0) +
    PORT_CLASH * (portUse.get(`${p.key}:${role === 'in' ? 'out' : 'in'}`) ?? 0);

  const ix0 = (c: Rect) => lowerBound(xs, c.x - STUB + 1e-6) - 1;
  const portsOf = (card: number): Port[] => {
    const c = cards[card] as Rect;
    const ports: Port[] = [];
    const add = (side: Side, k: number, at: Point, ix: number, iy: number) => {
      if (ix < 0 || iy < 0 || ix >= NX || iy >= NY) return;
      const node = iy * NX + ix;
      if (!blocked[node]) ports.push({ card, side, key: `${card}:${side}:${k}`, at, node });
    };
    [c.x + c.w / 2, c.x + c.w / 4, c.x + (3 * c.w) / 4].forEach((x, k) => {
      const ix = lowerBound(xs, x);
      add(0, k, { x, y: c.y }, ix, lowerBound(ys, c.y - STUB + 1e-6) - 1);
      add(1, k, { x, y: c.y + c.h }, ix, lowerBound(ys, c.y + c.h + STUB - 1e-6));
    });
    [c.y + c.h / 2, c.y + c.h / 4, c.y + (3 * c.h) / 4].forEach((y, k) => {
      const iy = lowerBound(ys, y);
      add(2, k, { x: c.x, y }, ix0(c), iy);
      add(3, k, { x: c.x + c.w, y }, lowerBound(xs, c.x + c.w + STUB - 1e-6), iy);
    });
    return ports;
  };

  const g = new Float64Array(nodes * 4);
  const prev = new Int32Array(nodes * 4);
  const closed = new Uint8Array(nodes * 4);
  const isGoal = new Uint8Array(nodes);

  const route = (req: RouteRequest): Point[] | null => {
    const target = cards[req.to] as Rect;
    const sources = portsOf(req.from);
    const targets = portsOf(req.to);
    const goalAt = new Map<number, Port[]>();
    for (const t of targets) goalAt.set(t.node, [...(goalAt.get(t.node) ?? []), t]);
    isGoal.fill(0);
    for (const t of targets) isGoal[t.node] = 1;
    const ownFrom = usage.of(req.from);
    const ownTo = usage.of(req.to);
    g.fill(Number.POSITIVE_INFINITY);
    prev.fill(-1);
    closed.fill(0);
    const startPort = new Map<number, Port>();
    const heap = new Heap();
    const h = (node: number) => {
      const x = xs[node % NX] as number;
      const y = ys[Math.floor(node / NX)] as number;
      const dx = Math.max(target.x - x, 0, x - target.x - target.w);
      const dy = Math.max(target.y - y, 0, y - target.y - target.h);
      return dx + dy;
    };
    for (const s of sources) {
      const state = s.node * 4 + OUTWARD[s.side];
      const cost = dist(s.at, node(s.node)) + portCost(s, 'out');
      if (cost < (g[state] as number)) {
        g[state] = cost;
        startPort.set(state, s);
        heap.push(cost + h(s.node), state);
      }
    }
    let best = Number.POSITIVE_INFINITY;
    let bestState = -1;
    let bestPort: Port | null = null;
    while (heap.size > 0) {
      const state = heap.pop();
      if (closed[state]) continue;
      closed[state] = 1;
      const cost = g[state] as number;
      if (cost + h(state >> 2) >= best) break;
      const n = state >> 2;
      const dir = state & 3;
      if (isGoal[n])
        for (const t of goalAt.get(n) ?? []) {
          const inward = OUTWARD[t.side] ^ 1;
          const total = cost + (dir === inward ? 0 : BEND) + dist(node(n), t.at) + portCost(t, 'in');
          if (total < best) {
            best = total;
            bestState = state;
            bestPort = t;
          }
        }
      const ix = n % NX;
      const iy = (n - ix) / NX;
      for (let d = 0; d < 4; d++) {
        if (d === (dir ^ 1)) continue;
        const jx = d === 0 ? ix + 1 : d === 1 ? ix - 1 : ix;
        const jy = d === 2 ? iy + 1 : d === 3 ? iy - 1 : iy;
        if (jx < 0 || jy < 0 || jx >= NX || jy >= NY) continue;
        const m = jy * NX + jx;
        if (blocked[m]) continue;
        const horizontal = d < 2;
        const edge = horizontal ? iy * NX + Math.min(ix, jx) : Math.min(iy, jy) * NX + ix;
        const len = horizontal
          ? Math.abs((xs[jx] as number) - (xs[ix] as number))
          : Math.abs((ys[jy] as number) - (ys[iy] as number));
        const all = horizontal ? usage.h : usage.v;
        let used = all[edge] as number;
        if (used > 0) {
          const key = horizontal ? 'h' : 'v';
          // An arrow between the same two cards counts in both; never let a step get cheaper than free.
          used = Math.max(0, used - (ownFrom?.[key][edge] ?? 0) - (ownTo?.[key][edge] ?? 0));
        }
        const across = horizontal ? usage.v : usage.h;
        const crossed = (across[m] as number) + (across[horizontal ? m - NX : m - 1] ?? 0);
        const step = len + (d === dir ? 0 : BEND) + OVERLAP * used + (crossed > 0 ? CROSSING : 0);
        const next = m * 4 + d;
        const ng = cost + step;
        if (ng < (g[next] as number)) {
          g[next] = ng;
          prev[next] = state;
          heap.push(ng + h(m), next);
        }
      }
    }
    if (bestState < 0 || !bestPort) return null;
    const states: number[] = [];
    for (let s = bestState; s >= 0; s = prev[s] as number) states.push(s);
    states.reverse();
    const first = startPort.get(states[0] as number) as Port;
    for (let i = 1; i < states.length; i++) {
      const a = (states[i - 1] as number) >> 2;
      const b = (states[i] as number) >> 2;
      usage.add(Math.abs(a - b) === 1, Math.min(a, b), req);
    }
    portUse.set(`${first.key}:out`, (portUse.get(`${first.key}:out`) ?? 0) + 1);
    portUse.set(`${bestPort.key}:in`, (portUse.get(`${bestPort.key}:in`) ?? 0) + 1);
    return simplify([first.at, ...states.map((s) => node(s >> 2)), bestPort.at]);
  };

  function node(n: number): Point {
    return { x: xs[n % NX] as number, y: ys[Math.floor(n / NX)] as number };
  }

  const order = requests
    .map((r, i) => ({ r, i, d: centreDistance(cards[r.from] as Rect, cards[r.to] as Rect) }))
    .sort((a, b) => a.d - b.d || a.i - b.i);
  const out: Point[][] = new Array(requests.length);
  for (const { r, i } of order) out[i] = route(r) ?? straight(cards[r.from] as Rect, cards[r.to] as Rect);
  return out;
}

/**
 * Which grid edges earlier arrows use. Sharing an edge with an arrow from the same cause or to
 * the same effect is free (the arrows merge into a bundle); sharing with any other arrow is
 * what the overlap penalty is for.
 */
class Usage {
  readonly h: Uint16Array;
  readonly v: Uint16Array;
  private readonly byCard = new Map<number, { h: Uint16Array; v: Uint16Array }>();
  constructor(private readonly size: number) {
    this.h = new Uint16Array(size);
    this.v = new Uint16Array(size);
  }
  private own(card: number) {
    let u = this.byCard.get(card);
    if (!u) {
      u = { h: new Uint16Array(this.size), v: new Uint16Array(this.size) };
      this.byCard.set(card, u);
    }
    return u;
  }
  add(horizontal: boolean, edge: number, req: RouteRequest): void {
    const key = horizontal ? 'h' : 'v';
    for (const arr of [this[key], this.own(req.from)[key], this.own(req.to)[key]])
      arr[edge] = (arr[edge] ?? 0) + 1;
  }
  /** The edges used by arrows from or to one card. */
  of(card: number): { h: Uint16Array; v: Uint16Array } | undefined {
    return this.byCard.get(card);
  }
}

function dist(a: Point, b: Point): number {
  return Math.abs(a.x - b.x) + Math.abs(a.y - b.y);
}

function centreDistance(a: Rect, b: Rect): number {
  return Math.abs(a.x + a.w / 2 - b.x - b.w / 2) + Math.abs(a.y + a.h / 2 - b.y - b.h / 2);
}

/** Drops points in the middle of straight runs. */
export function simplify(points: Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && last.x === p.x && last.y === p.y) continue;
    const before = out[out.length - 2];
    if (
      last &&
      before &&
      ((before.x === last.x && last.x === p.x) || (before.y === last.y && last.y === p.y))
    )
      out.pop();
    out.push(p);
  }
  return out;
}

/** Only when no route exists (a card walled in on every side): a direct line, centre to centre edges. */
function straight(a: Rect, b: Rect): Point[] {
  const below = b.y > a.y;
  return [
    { x: a.x + a.w / 2, y: below ? a.y + a.h : a.y },
    { x: b.x + b.w / 2, y: below ? b.y : b.y + b.h },
  ];
}
