// The main window's size, position and maximised state, remembered per display: a desk that moves the
// window to the second screen finds it there again, and a laptop without that screen gets it back on its
// own. Pure: the main process reads and writes the file and asks the screen.
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface DisplayArea {
  id: number;
  workArea: Rect;
}
export interface WindowPlacement {
  bounds: Rect;
  maximized: boolean;
}
export interface WindowMemory {
  /** The display the window was on last. */
  last: number | null;
  byDisplay: Record<string, WindowPlacement>;
}

export const EMPTY_MEMORY: WindowMemory = { last: null, byDisplay: {} };
export const MIN_SIZE = { width: 960, height: 600 };
const MAX_DISPLAYS = 16;

const isRect = (r: unknown): r is Rect =>
  !!r &&
  typeof r === 'object' &&
  ['x', 'y', 'width', 'height'].every((k) => Number.isFinite((r as Record<string, unknown>)[k]));

/** The remembered placements from the file's JSON, anything malformed left out. */
export function parseWindowMemory(json: unknown): WindowMemory {
  if (!json || typeof json !== 'object') return EMPTY_MEMORY;
  const { last, byDisplay } = json as Record<string, unknown>;
  const entries = Object.entries(byDisplay && typeof byDisplay === 'object' ? byDisplay : {})
    .filter(([id, p]) => /^\d{1,20}$/.test(id) && isRect((p as WindowPlacement)?.bounds))
    .slice(0, MAX_DISPLAYS)
    .map(([id, p]) => [
      id,
      { bounds: (p as WindowPlacement).bounds, maximized: (p as WindowPlacement).maximized === true },
    ]);
  return {
    last: Number.isSafeInteger(last) ? (last as number) : null,
    byDisplay: Object.fromEntries(entries),
  };
}

export function rememberPlacement(
  memory: WindowMemory,
  displayId: number,
  placement: WindowPlacement,
): WindowMemory {
  return { last: displayId, byDisplay: { ...memory.byDisplay, [displayId]: placement } };
}

/** The bounds kept inside the work area: no larger than it, and moved back onto it. */
export function fitInto(bounds: Rect, area: Rect): Rect {
  const width = Math.max(Math.min(bounds.width, area.width), Math.min(MIN_SIZE.width, area.width));
  const height = Math.max(Math.min(bounds.height, area.height), Math.min(MIN_SIZE.height, area.height));
  const x = Math.min(Math.max(bounds.x, area.x), area.x + area.width - width);
  const y = Math.min(Math.max(bounds.y, area.y), area.y + area.height - height);
  return { x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height) };
}

/**
 * Where the window opens: on the display it was on last, if that display is still there, with its
 * placement there; otherwise the placement remembered for the primary display; otherwise null (the
 * window's defaults, centred by the system).
 */
export function placementFor(
  memory: WindowMemory,
  displays: readonly DisplayArea[],
  primaryId: number,
): WindowPlacement | null {
  for (const id of [memory.last, primaryId]) {
    const display = displays.find((d) => d.id === id);
    const placement = id === null ? undefined : memory.byDisplay[id];
    if (display && placement) {
      return { bounds: fitInto(placement.bounds, display.workArea), maximized: placement.maximized };
    }
  }
  return null;
}
