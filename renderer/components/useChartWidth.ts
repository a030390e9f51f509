import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** The last width measured per kind of chart: charts of one kind sit in boxes of one width on a screen. */
const lastWidth = new Map<string, number>();

/**
 * The width in CSS pixels of the element the chart sits in, kept up to date as the window resizes, so a
 * chart draws at its container's full width with text at its real size (a fixed viewBox scaled to 100 %
 * would blow the labels up on a wide screen, and a fixed width left half the card empty).
 * Measured by a ResizeObserver, which reports after the browser's own layout, never by reading the layout
 * from script: an area screen drawing 10 charts at a time forced a layout of the whole page per chunk.
 * A new chart starts at the width its kind last had, so it is usually right before the first paint.
 */
export function useChartWidth<T extends Element>(
  kind: string,
  fallback: number,
): [RefObject<T | null>, number] {
  const ref = useRef<T | null>(null);
  const [width, setWidth] = useState(() => lastWidth.get(kind) ?? fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const measured = Math.floor(entries[0]?.contentRect.width ?? 0);
      if (measured <= 0) return;
      lastWidth.set(kind, measured);
      setWidth(measured);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [kind]);
  return [ref, width];
}
