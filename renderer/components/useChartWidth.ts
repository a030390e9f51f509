import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/**
 * The width in CSS pixels of the element the chart sits in, kept up to date as the window resizes, so a
 * chart draws at its container's full width with text at its real size (a fixed viewBox scaled to 100 %
 * would blow the labels up on a wide screen, and a fixed width left half the card empty).
 */
export function useChartWidth<T extends Element>(fallback: number): [RefObject<T | null>, number] {
  const ref = useRef<T | null>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = (): void => {
      const measured = Math.floor(element.getBoundingClientRect().width);
      if (measured > 0) setWidth(measured);
    };
    update();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
