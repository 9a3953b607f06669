import { describe, expect, it } from 'vitest';
import { createGestureGate, GESTURE_WINDOW_MS } from '../../electron/security/user-gesture';

describe('opening the system browser from the hand-off window', () => {
  it('is refused without any input from the agent', () => {
    expect(createGestureGate().consume(1_000)).toBe(false);
  });

  it('is refused after mere mouse moves and wheel turns', () => {
    const gate = createGestureGate();
    gate.noteInput('mouseMove', 1_000);
    gate.noteInput('mouseWheel', 1_010);
    gate.noteInput('mouseEnter', 1_020);
    expect(gate.consume(1_050)).toBe(false);
  });

  it.each(['mouseDown', 'mouseUp', 'keyDown', 'char', 'gestureTap'])('is allowed right after %s', (type) => {
    const gate = createGestureGate();
    gate.noteInput(type, 1_000);
    expect(gate.consume(1_200)).toBe(true);
  });

  it('is allowed once per gesture', () => {
    const gate = createGestureGate();
    gate.noteInput('mouseUp', 1_000);
    expect(gate.consume(1_100)).toBe(true);
    expect(gate.consume(1_150)).toBe(false);
    gate.noteInput('mouseUp', 1_300);
    expect(gate.consume(1_350)).toBe(true);
  });

  it('is refused once the gesture is too old', () => {
    const gate = createGestureGate();
    gate.noteInput('mouseDown', 1_000);
    expect(gate.consume(1_000 + GESTURE_WINDOW_MS + 1)).toBe(false);
  });

  it('is refused for a clock that went backwards', () => {
    const gate = createGestureGate();
    gate.noteInput('keyDown', 5_000);
    expect(gate.consume(4_000)).toBe(false);
  });
});
