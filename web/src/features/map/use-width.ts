import { type RefObject, useLayoutEffect, useState } from 'react';

/**
 * The element's width, rounded down to `step` px so the map is not laid out again on every pixel;
 * null until measured (before the first paint), so the map is laid out once at the right width.
 */
export function useSteppedWidth(ref: RefObject<HTMLElement | null>, step = 80, min = 960): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = () => setWidth(Math.max(min, Math.floor(element.clientWidth / step) * step));
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, step, min]);
  return width;
}
