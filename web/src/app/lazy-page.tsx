import { type ComponentType, lazy, useState } from 'react';

/**
 * A page whose code is its own chunk. Unlike a bare `React.lazy`, a page whose chunk has already
 * arrived (preloaded) renders at once: suspending on it anyway would cost React's fallback
 * throttle (hundreds of milliseconds) on every page of a visit.
 */
export function lazyPage(load: () => Promise<{ default: ComponentType }>) {
  let loaded: ComponentType | null = null;
  let pending: Promise<unknown> | null = null;
  const preload = () => {
    pending ??= load().then((m) => {
      loaded = m.default;
      return m;
    });
    return pending;
  };
  const Lazy = lazy(() => preload().then(() => ({ default: loaded as ComponentType })));
  function Page() {
    // Chosen once per mount, so that a page shown through Lazy is not remounted when the chunk lands.
    const [Component] = useState(() => loaded ?? Lazy);
    return <Component />;
  }
  return { Page, preload };
}
