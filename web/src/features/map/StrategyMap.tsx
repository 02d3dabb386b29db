import { type FocusEvent, type KeyboardEvent, type MouseEvent, useEffect, useMemo, useRef } from 'react';
import type { Perspective } from '../../../../src/domain/codes';
import { layoutStrategyMap } from '../../../../src/domain/map-layout';
import type { CardShape, Light } from '../../../../src/domain/map-layout/types';
import type { PlanDocument } from '../../../../src/domain/plan-document';
import { renderSvg } from '../../../../src/export/svg';
import type { Locale } from '../../i18n';
import { decorateArrows } from '../editing/arrow-buttons';
import { useDragLink } from '../editing/use-drag-link';

const ID_PREFIX = 'web-map';

/** Editing links on the map: dragging between cards adds one, arrows become buttons removing one. */
export interface LinkEditing {
  links: readonly { from: string; to: string }[];
  onDrop(from: string, to: string): void;
  onArrow(from: string, to: string): void;
  /** Accessible name of an arrow's button. */
  arrowLabel(from: string, to: string): string;
}

interface Props {
  document: PlanDocument;
  locale: Locale;
  width: number;
  highlight: string[];
  /** Light per objective code for the chosen period. */
  lights?: Record<string, Light>;
  perspectiveOrder: Perspective[];
  parentThemeNames: Record<string, string>;
  /** Accessible name of each objective button: code and name. */
  objectiveLabel: (code: string, name: string) => string;
  onOpen: (code: string) => void;
  fit: boolean;
  /** Link mode: cards pick a cause and an effect; `selected` is the cause chosen so far. */
  linking?: boolean;
  selected?: string | null;
  /** Present for those who may change the plan now. */
  linkEditing?: LinkEditing | null;
}

/**
 * The strategy map exactly as the exporters draw it: the shared pure layout serialised by the
 * shared SVG writer, then made interactive here (each objective card becomes a keyboard-reachable
 * button that opens its details).
 */
export function StrategyMap(props: Props) {
  const { document: plan, locale, width, highlight, lights, perspectiveOrder, parentThemeNames } = props;
  const host = useRef<HTMLDivElement>(null);
  // The card the keyboard is on, so that focus survives the map being laid out again.
  const focused = useRef<string | null>(null);
  const layout = useMemo(
    () => layoutStrategyMap(plan, { locale, width, highlight, lights, perspectiveOrder, parentThemeNames }),
    [plan, locale, width, highlight, lights, perspectiveOrder, parentThemeNames],
  );
  // The XML declaration is for standalone files; inside HTML it is noise.
  const svg = useMemo(
    () => renderSvg(layout, { idPrefix: ID_PREFIX }).replace(/^<\?xml[^>]*>\s*/, ''),
    [layout],
  );
  const html = useMemo(() => ({ __html: svg }), [svg]);
  const cards = useMemo(() => layout.shapes.filter((s): s is CardShape => s.kind === 'card'), [layout]);
  const { linkEditing } = props;
  const drag = useDragLink(host, {
    enabled: !!linkEditing,
    cards,
    view: { width: layout.width, height: layout.height },
    links: linkEditing?.links ?? [],
    marker: `${ID_PREFIX}-arrowhead`,
    onDrop: (from, to) => linkEditing?.onDrop(from, to),
  });

  const { objectiveLabel } = props;
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs again whenever new SVG markup replaced the cards
  useEffect(() => {
    const root = host.current;
    if (!root) return;
    const names = new Map(plan.objectives.map((o) => [o.code, o.name]));
    for (const card of root.querySelectorAll<SVGGElement>('g.objective[data-code]')) {
      const code = card.dataset.code ?? '';
      card.setAttribute('tabindex', '0');
      card.setAttribute('role', 'button');
      card.setAttribute('aria-label', objectiveLabel(code, names.get(code) ?? ''));
    }
    root.querySelector('svg')?.setAttribute('role', 'group');
    for (const card of root.querySelectorAll<SVGGElement>('g.objective[data-code]')) {
      card.classList.toggle('link-source', card.dataset.code === props.selected);
      card.setAttribute('aria-pressed', String(card.dataset.code === props.selected));
    }
    decorateArrows(root, linkEditing ? linkEditing.arrowLabel : null);
    if (focused.current && (document.activeElement === document.body || !document.activeElement)) {
      root.querySelector<SVGGElement>(`g.objective[data-code="${CSS.escape(focused.current)}"]`)?.focus();
    }
  }, [svg, plan, objectiveLabel, props.selected, linkEditing]);

  const codeOf = (target: EventTarget | null): string | null => {
    const card = target instanceof Element ? target.closest<SVGGElement>('g.objective[data-code]') : null;
    return card?.dataset.code ?? null;
  };
  const arrowOf = (target: EventTarget | null) => {
    const line =
      target instanceof Element ? target.closest<SVGElement>('polyline.link-hit, polyline.link') : null;
    const from = line?.dataset.from;
    const to = line?.dataset.to;
    return from && to ? { from, to } : null;
  };
  const onClick = (event: MouseEvent) => {
    if (drag.consumeClick()) return;
    const arrow = linkEditing ? arrowOf(event.target) : null;
    if (arrow) {
      linkEditing?.onArrow(arrow.from, arrow.to);
      return;
    }
    const code = codeOf(event.target);
    if (code) props.onOpen(code);
  };
  const onFocus = (event: FocusEvent) => {
    focused.current = codeOf(event.target);
  };
  const onBlur = (event: FocusEvent) => {
    if (!(event.relatedTarget instanceof Node && host.current?.contains(event.relatedTarget)))
      focused.current = null;
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const arrow = linkEditing ? arrowOf(event.target) : null;
    if (arrow && ['Enter', ' ', 'Delete', 'Backspace'].includes(event.key)) {
      event.preventDefault();
      linkEditing?.onArrow(arrow.from, arrow.to);
      return;
    }
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const code = codeOf(event.target);
    if (!code) return;
    event.preventDefault();
    props.onOpen(code);
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: events are delegated from the objective buttons inside
    <div
      ref={host}
      className={`strategy-map ${props.fit ? 'fit' : 'actual'}${props.linking ? ' linking' : ''}${linkEditing ? ' link-editing' : ''}`}
      data-testid="strategy-map"
      onPointerDown={drag.onPointerDown}
      onClick={onClick}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
      onBlur={onBlur}
      // biome-ignore lint/security/noDangerouslySetInnerHtml: the SVG comes from our own writer, which escapes every text
      dangerouslySetInnerHTML={html}
    />
  );
}
