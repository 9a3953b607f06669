// Whether the hand-off window may hand an address to the system browser: only right after the agent
// clicked, tapped or pressed a key in it. A remote page can call window.open at any moment; without this
// gate it could open any https address outside the app without the agent doing anything. Pure: the
// Electron wiring reports input events and asks before each open.

/** Input that a person makes; moves, wheel turns and hovers are not a decision to open anything. */
const GESTURES: ReadonlySet<string> = new Set([
  'mouseDown',
  'mouseUp',
  'keyDown',
  'rawKeyDown',
  'char',
  'gestureTap',
  'touchEnd',
  'pointerUp',
]);

/** How long after a gesture an open still counts as caused by it (a page answers a click within this). */
export const GESTURE_WINDOW_MS = 1_000;

export interface GestureGate {
  /** Reports an input event of the window at a time (epoch ms). */
  noteInput(type: string, at: number): void;
  /** True once per gesture, within GESTURE_WINDOW_MS of it; a second open needs a second gesture. */
  consume(at: number): boolean;
}

export function createGestureGate(windowMs = GESTURE_WINDOW_MS): GestureGate {
  let lastGesture: number | null = null;
  return {
    noteInput(type, at) {
      if (GESTURES.has(type)) lastGesture = at;
    },
    consume(at) {
      if (lastGesture === null || at < lastGesture || at - lastGesture > windowMs) return false;
      lastGesture = null;
      return true;
    },
  };
}
