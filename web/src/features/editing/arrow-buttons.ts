const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Gives each cause → effect arrow of the map's SVG a wide, invisible twin that is a keyboard-
 * reachable button, since the drawn line is too thin to hit. The twins come after the cards, so
 * Tab reaches the objectives first and the arrows after them. `label` null removes them (the map
 * is read-only for this user or the plan is no draft).
 */
export function decorateArrows(root: Element, label: ((from: string, to: string) => string) | null): void {
  for (const old of root.querySelectorAll('polyline.link-hit')) old.remove();
  const svg = root.querySelector('svg');
  if (!svg || !label) return;
  for (const arrow of root.querySelectorAll<SVGPolylineElement>('polyline.link')) {
    const from = arrow.dataset.from;
    const to = arrow.dataset.to;
    const points = arrow.getAttribute('points');
    if (!from || !to || !points) continue;
    const hit = document.createElementNS(SVG_NS, 'polyline');
    hit.setAttribute('class', 'link-hit');
    hit.setAttribute('points', points);
    hit.setAttribute('fill', 'none');
    hit.setAttribute('data-from', from);
    hit.setAttribute('data-to', to);
    hit.setAttribute('tabindex', '0');
    hit.setAttribute('role', 'button');
    hit.setAttribute('aria-label', label(from, to));
    const title = document.createElementNS(SVG_NS, 'title');
    title.textContent = label(from, to);
    hit.appendChild(title);
    svg.appendChild(hit);
  }
}
