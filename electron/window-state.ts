// Remembers the window's size and place between runs (window-state.json in userData). The saved file is
// untrusted input (hand-edited, from another machine, a monitor since unplugged): it is validated with zod and
// the window is moved back onto a visible display rather than opening off-screen.
import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const WINDOW_STATE_FILE = 'window-state.json';
export const DEFAULT_SIZE = { width: 1280, height: 860 } as const;
export const MIN_SIZE = { width: 900, height: 600 } as const;
// How much of the window must overlap a display for us to leave it where it was.
const MIN_VISIBLE = { width: 200, height: 100 } as const;

const finite = z.number().finite();

export const windowStateSchema = z.object({
  x: finite.int(),
  y: finite.int(),
  width: finite.int().min(1).max(100_000),
  height: finite.int().min(1).max(100_000),
  isMaximized: z.boolean().default(false),
});

export type WindowState = z.infer<typeof windowStateSchema>;

/** Parses the saved file; anything unreadable or invalid means "no saved state" (never a crash). */
export function parseWindowState(text: string | null | undefined): WindowState | null {
  if (!text) return null;
  try {
    const result = windowStateSchema.safeParse(JSON.parse(text));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

export function serializeWindowState(bounds: Rect, isMaximized: boolean): string {
  const rounded = {
    x: Math.round(bounds.x),
    y: Math.round(bounds.y),
    width: Math.round(bounds.width),
    height: Math.round(bounds.height),
  };
  return `${JSON.stringify({ ...rounded, isMaximized }, null, 2)}\n`;
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

function centeredIn(area: Rect, width: number, height: number): Rect {
  return {
    x: Math.round(area.x + (area.width - width) / 2),
    y: Math.round(area.y + (area.height - height) / 2),
    width,
    height,
  };
}

/**
 * Where to open the window, given the saved state and the displays' work areas (primary first).
 * A window that would be mostly off-screen is centred on the primary display; sizes never exceed the display.
 */
export function fitToDisplays(
  saved: WindowState | null,
  workAreas: readonly Rect[],
): { bounds: Rect; isMaximized: boolean } {
  const primary = workAreas[0] ?? { x: 0, y: 0, width: DEFAULT_SIZE.width, height: DEFAULT_SIZE.height };
  if (!saved) {
    const width = Math.min(DEFAULT_SIZE.width, primary.width);
    const height = Math.min(DEFAULT_SIZE.height, primary.height);
    return { bounds: centeredIn(primary, width, height), isMaximized: false };
  }

  const home = workAreas.find((area) => {
    const shared = overlap(saved, area);
    return shared.width >= MIN_VISIBLE.width && shared.height >= MIN_VISIBLE.height;
  });
  const area = home ?? primary;
  const width = Math.min(Math.max(saved.width, Math.min(MIN_SIZE.width, area.width)), area.width);
  const height = Math.min(Math.max(saved.height, Math.min(MIN_SIZE.height, area.height)), area.height);

  if (!home) return { bounds: centeredIn(primary, width, height), isMaximized: saved.isMaximized };

  // Keep the title bar reachable: pull the window inside the display it mostly sits on.
  const x = Math.min(Math.max(saved.x, area.x), area.x + area.width - width);
  const y = Math.min(Math.max(saved.y, area.y), area.y + area.height - height);
  return { bounds: { x, y, width, height }, isMaximized: saved.isMaximized };
}
