import { type PointerEvent as ReactPointerEvent, type RefObject, useEffect, useMemo, useRef } from 'react';
import {
  type CardArea,
  cardAt,
  centreOf,
  edgeScroll,
  isDrag,
  type Point,
  refuseLink,
  toMapPoint,
} from './link-geometry';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface DragLinkOptions {
  enabled: boolean;
  cards: readonly CardArea[];
  /** The map's own size (its viewBox), to turn pointer positions into map units. */
  view: { width: number; height: number };
  /** Links already drawn, by code, so that the card under the pointer shows a refusal early. */
  links: readonly { from: string; to: string }[];
  /** Id of the SVG's arrowhead marker, so the dragged line looks like the arrow it will become. */
  marker: string;
  /** A drag released on a card, the source itself included (the caller explains the refusal). */
  onDrop(from: string, to: string): void;
}

interface Drag {
  pointerId: number;
  from: string;
  start: Point;
  last: Point;
  active: boolean;
  frame: number;
  target: string | null;
}

/**
 * Press on a card and drag to another: a line follows the pointer from the card, the card under
 * it is marked (red when the link would be refused), releasing on a card hands the pair to
 * `onDrop`, anywhere else (or Escape) drops nothing. The line lives inside the map's SVG and is
 * put back every frame, so a map laid out again mid-drag (new lights, new width) keeps it.
 */
export function useDragLink(host: RefObject<HTMLElement | null>, options: DragLinkOptions) {
  const opts = useRef(options);
  opts.current = options;
  // One set of listeners for the life of the map, reading the latest options through the ref, so
  // that what is added to the window is exactly what is removed from it.
  const controller = useMemo(() => dragController(host, opts), [host]);
  useEffect(() => () => controller.cancel(), [controller]);
  return controller.handlers;
}

function dragController(host: RefObject<HTMLElement | null>, opts: RefObject<DragLinkOptions>) {
  let drag: Drag | null = null;
  let suppressClick = false;

  const mark = (root: HTMLElement) => {
    const current = drag?.active ? drag : null;
    for (const card of root.querySelectorAll<SVGGElement>('g.objective[data-code]')) {
      const code = card.dataset.code ?? '';
      const isTarget = !!current && current.target === code && code !== current.from;
      const refused = isTarget && !!current && refuseLink(current.from, code, opts.current.links) !== null;
      card.classList.toggle('link-drag-source', !!current && code === current.from);
      card.classList.toggle('link-drop-target', isTarget && !refused);
      card.classList.toggle('link-drop-refused', refused);
    }
  };

  const targetAt = (client: Point): string | null => {
    const svg = host.current?.querySelector('svg');
    if (!svg) return null;
    return cardAt(opts.current.cards, toMapPoint(client, svg.getBoundingClientRect(), opts.current.view));
  };

  const draw = () => {
    const root = host.current;
    const current = drag;
    if (!root || !current?.active) return;
    const step = edgeScroll(current.last.y, window.innerHeight);
    if (step) window.scrollBy(0, step);
    const svg = root.querySelector('svg');
    const { cards, view, marker } = opts.current;
    const from = centreOf(cards, current.from);
    if (svg && from) {
      const point = toMapPoint(current.last, svg.getBoundingClientRect(), view);
      current.target = cardAt(cards, point);
      let line = svg.querySelector<SVGLineElement>('line.rubber-band');
      if (!line) {
        line = document.createElementNS(SVG_NS, 'line');
        line.setAttribute('class', 'rubber-band');
        line.setAttribute('marker-end', `url(#${marker})`);
        svg.appendChild(line);
      }
      line.setAttribute('x1', String(from.x));
      line.setAttribute('y1', String(from.y));
      line.setAttribute('x2', String(point.x));
      line.setAttribute('y2', String(point.y));
      mark(root);
    }
    current.frame = requestAnimationFrame(draw);
  };

  const finish = (drop: boolean) => {
    const current = drag;
    drag = null;
    window.removeEventListener('pointermove', onMove);
    window.removeEventListener('pointerup', onUp);
    window.removeEventListener('pointercancel', onCancel);
    window.removeEventListener('keydown', onKey, true);
    if (!current) return;
    cancelAnimationFrame(current.frame);
    const root = host.current;
    if (root) {
      for (const line of root.querySelectorAll('line.rubber-band')) line.remove();
      root.classList.remove('link-dragging');
      mark(root);
      if (root.hasPointerCapture(current.pointerId)) root.releasePointerCapture(current.pointerId);
    }
    if (!current.active) return;
    // The click that follows the release must not open the card it ended on.
    suppressClick = true;
    setTimeout(() => {
      suppressClick = false;
    }, 0);
    if (drop && current.target) opts.current.onDrop(current.from, current.target);
  };

  // On the window: the pointer leaves the card, and maybe the map, while dragging.
  function onMove(event: PointerEvent) {
    if (!drag || event.pointerId !== drag.pointerId) return;
    drag.last = { x: event.clientX, y: event.clientY };
    if (drag.active || !isDrag(drag.start, drag.last)) return;
    drag.active = true;
    const root = host.current;
    root?.classList.add('link-dragging');
    try {
      root?.setPointerCapture(drag.pointerId);
    } catch {
      // A pointer already gone cannot be captured; the window listeners still follow it.
    }
    drag.frame = requestAnimationFrame(draw);
  }
  function onUp(event: PointerEvent) {
    if (!drag || event.pointerId !== drag.pointerId) return;
    drag.last = { x: event.clientX, y: event.clientY };
    if (drag.active) drag.target = targetAt(drag.last);
    finish(true);
  }
  function onCancel() {
    finish(false);
  }
  function onKey(event: KeyboardEvent) {
    if (event.key !== 'Escape' || !drag?.active) return;
    event.preventDefault();
    event.stopPropagation();
    finish(false);
  }

  const onPointerDown = (event: ReactPointerEvent) => {
    if (!opts.current.enabled || event.button !== 0 || !event.isPrimary || drag) return;
    const card =
      event.target instanceof Element ? event.target.closest<SVGGElement>('g.objective[data-code]') : null;
    const from = card?.dataset.code;
    if (!from) return;
    const start = { x: event.clientX, y: event.clientY };
    drag = { pointerId: event.pointerId, from, start, last: start, active: false, frame: 0, target: null };
    window.addEventListener('pointermove', onMove);
    window.addEventListener('pointerup', onUp);
    window.addEventListener('pointercancel', onCancel);
    window.addEventListener('keydown', onKey, true);
  };

  return {
    cancel: () => finish(false),
    handlers: {
      onPointerDown,
      /** True for the click that ends a drag, which must not also open the card. */
      consumeClick: () => suppressClick,
    },
  };
}
