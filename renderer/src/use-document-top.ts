// Where an element starts on the page, in px from the document's top: the window virtualizer's scrollMargin for the board.
import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * Measured before the first paint, and again whenever the page's height changes: a banner appearing above the board, or
 * the toolbar wrapping onto two lines, moves the list down, and with it every row's place.
 */
export function useDocumentTop(ref: RefObject<HTMLElement | null>): number {
  const [top, setTop] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const measure = (): void => setTop(Math.round(element.getBoundingClientRect().top + window.scrollY));
    measure();
    if (typeof ResizeObserver !== 'function') return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [ref]);
  return top;
}
