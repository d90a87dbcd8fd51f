// Whether an element is on (or near) the screen, from one IntersectionObserver shared by every row; always true where unsupported.
// The board mounts only rows near the viewport, but a few of those (the virtualizer's overscan, the kept current row) are
// still off screen: this keeps them off the ticker.
import { useCallback, useState } from 'react';

type Listener = (visible: boolean) => void;

const listeners = new WeakMap<Element, Listener>();
let observer: IntersectionObserver | null | undefined;

function sharedObserver(): IntersectionObserver | null {
  if (observer !== undefined) return observer;
  observer =
    typeof IntersectionObserver === 'function'
      ? new IntersectionObserver(
          (entries) => {
            for (const entry of entries) listeners.get(entry.target)?.(entry.isIntersecting);
          },
          // A screen's height of margin, so a row scrolled into view is already counting.
          { rootMargin: '100% 0px' },
        )
      : null;
  return observer;
}

/** A ref callback for the element, and whether it is on screen; starts true so a first paint never shows stale times. */
export function useOnScreen<T extends Element>(): [(element: T | null) => (() => void) | undefined, boolean] {
  const [visible, setVisible] = useState(true);
  const ref = useCallback((element: T | null) => {
    const io = sharedObserver();
    if (!element || !io) return undefined;
    listeners.set(element, setVisible);
    io.observe(element);
    return () => {
      io.unobserve(element);
      listeners.delete(element);
    };
  }, []);
  return [ref, visible];
}
