import { describe, expect, it } from 'vitest';
import {
  EMPTY_MEMORY,
  fitInto,
  parseWindowMemory,
  placementFor,
  rememberPlacement,
} from '../../electron/desktop/window-state';

const laptop = { id: 1, workArea: { x: 0, y: 0, width: 1440, height: 860 } };
const screen2 = { id: 2, workArea: { x: 1440, y: 0, width: 2560, height: 1400 } };

describe('the main window opens where it was, per display', () => {
  const onLaptop = rememberPlacement(EMPTY_MEMORY, 1, {
    bounds: { x: 100, y: 50, width: 1200, height: 780 },
    maximized: false,
  });
  const memory = rememberPlacement(onLaptop, 2, {
    bounds: { x: 1600, y: 100, width: 1800, height: 1100 },
    maximized: true,
  });

  it('on the display it was on last, maximised as it was', () => {
    expect(placementFor(memory, [laptop, screen2], 1)).toEqual({
      bounds: { x: 1600, y: 100, width: 1800, height: 1100 },
      maximized: true,
    });
  });

  it("on the primary display's own placement when the last display is gone", () => {
    expect(placementFor(memory, [laptop], 1)).toEqual({
      bounds: { x: 100, y: 50, width: 1200, height: 780 },
      maximized: false,
    });
  });

  it('with the defaults when nothing is remembered for the displays there are', () => {
    expect(placementFor(EMPTY_MEMORY, [laptop], 1)).toBeNull();
    expect(placementFor(rememberPlacement(EMPTY_MEMORY, 2, memory.byDisplay[2]!), [laptop], 1)).toBeNull();
  });

  it('moved back onto a display that shrank, never larger than it', () => {
    const smaller = { id: 2, workArea: { x: 1440, y: 0, width: 1280, height: 720 } };
    expect(placementFor(memory, [laptop, smaller], 1)!.bounds).toEqual({
      x: 1440,
      y: 0,
      width: 1280,
      height: 720,
    });
    expect(fitInto({ x: -5000, y: 9000, width: 100, height: 100 }, laptop.workArea)).toEqual({
      x: 0,
      y: 260,
      width: 960,
      height: 600,
    });
  });

  it('reads back what it wrote, and nothing malformed', () => {
    expect(parseWindowMemory(JSON.parse(JSON.stringify(memory)))).toEqual(memory);
    expect(parseWindowMemory(null)).toEqual(EMPTY_MEMORY);
    expect(parseWindowMemory('x')).toEqual(EMPTY_MEMORY);
    expect(
      parseWindowMemory({
        last: 'x',
        byDisplay: { 1: { bounds: { x: 'a', y: 0, width: 1, height: 1 } }, __proto__: {}, 3: null },
      }),
    ).toEqual(EMPTY_MEMORY);
  });
});
