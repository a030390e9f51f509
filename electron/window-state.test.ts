import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SIZE,
  fitToDisplays,
  parseWindowState,
  serializeWindowState,
  type Rect,
} from './window-state';

const laptop: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
const rightMonitor: Rect = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('parseWindowState', () => {
  it('reads what serializeWindowState wrote', () => {
    const text = serializeWindowState({ x: 10.4, y: 20, width: 1200.6, height: 800 }, true);
    expect(parseWindowState(text)).toEqual({ x: 10, y: 20, width: 1201, height: 800, isMaximized: true });
  });

  it.each([
    ['missing file', null],
    ['empty file', ''],
    ['broken JSON', '{"x": 1,'],
    ['wrong types', '{"x":"0","y":0,"width":800,"height":600}'],
    ['zero size', '{"x":0,"y":0,"width":0,"height":600}'],
    ['absurd size', '{"x":0,"y":0,"width":1e9,"height":600}'],
    ['not an object', '[1,2,3]'],
  ])('treats a %s as no saved state', (_label, text) => {
    expect(parseWindowState(text)).toBeNull();
  });
});

describe('fitToDisplays', () => {
  it('opens at the default size, centred, the first time', () => {
    expect(fitToDisplays(null, [laptop])).toEqual({
      bounds: { x: (1920 - DEFAULT_SIZE.width) / 2, y: (1040 - DEFAULT_SIZE.height) / 2, ...DEFAULT_SIZE },
      isMaximized: false,
    });
  });

  it('reopens where the user left it', () => {
    const saved = { x: 100, y: 50, width: 1000, height: 700, isMaximized: false };
    expect(fitToDisplays(saved, [laptop]).bounds).toEqual({ x: 100, y: 50, width: 1000, height: 700 });
  });

  it('reopens on the second monitor when it is still attached', () => {
    const saved = { x: 2200, y: 100, width: 1400, height: 900, isMaximized: true };
    expect(fitToDisplays(saved, [laptop, rightMonitor])).toEqual({
      bounds: { x: 2200, y: 100, width: 1400, height: 900 },
      isMaximized: true,
    });
  });

  it('comes back to the laptop when the second monitor was unplugged', () => {
    const saved = { x: 2200, y: 100, width: 1400, height: 900, isMaximized: false };
    const { bounds } = fitToDisplays(saved, [laptop]);
    expect(bounds.x).toBeGreaterThanOrEqual(0);
    expect(bounds.x + bounds.width).toBeLessThanOrEqual(1920);
    expect(bounds.y + bounds.height).toBeLessThanOrEqual(1040);
  });

  it('pulls a window hanging off the edge back so its title bar is reachable', () => {
    const saved = { x: 1500, y: -300, width: 1000, height: 700, isMaximized: false };
    expect(fitToDisplays(saved, [laptop]).bounds).toEqual({ x: 920, y: 0, width: 1000, height: 700 });
  });

  it('never opens larger than the display', () => {
    const small: Rect = { x: 0, y: 0, width: 1280, height: 720 };
    const saved = { x: 0, y: 0, width: 2500, height: 1400, isMaximized: false };
    expect(fitToDisplays(saved, [small]).bounds).toEqual({ x: 0, y: 0, width: 1280, height: 720 });
  });
});
