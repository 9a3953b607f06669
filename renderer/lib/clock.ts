// The service's time as the UI reads it. Due times are the service's, so countdowns must count from the
// service's "now" too: it is polled every few seconds (`clock.get`) and interpolated with the local clock in
// between. With an injected test clock (browser mode, `--test-clock`), advancing it moves every countdown
// within one poll.
import { useEffect, useState } from 'react';
import { call } from './api';

export const CLOCK_POLL_MS = 3_000;

/** The service's time minus the local time, from the last poll. */
let offset = 0;
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | null = null;

export const serviceNow = (): number => Date.now() + offset;

/** Takes a reading of the service's clock (from `clock.get`, or any result stamped with its time). */
export function syncServiceClock(serviceTime: number): void {
  const next = serviceTime - Date.now();
  // A round trip's jitter is no news; a moved clock (or the first reading) is.
  if (Math.abs(next - offset) < 1_000) return;
  offset = next;
  for (const listener of listeners) listener();
}

async function poll(): Promise<void> {
  try {
    syncServiceClock((await call('clock.get', {})).now);
  } catch {
    // Offline from the service for a moment: keep counting on the local clock.
  }
}

/** Calls `listener` whenever the service's clock turns out to have moved; polls while anyone listens. */
export function onServiceClockChange(listener: () => void): () => void {
  listeners.add(listener);
  if (!timer) {
    void poll();
    timer = setInterval(() => void poll(), CLOCK_POLL_MS);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = null;
    }
  };
}

/** The service's time, re-read every `tickMs` and whenever the service's clock moves. */
export function useNow(tickMs = 1_000): number {
  const [now, setNow] = useState(serviceNow);
  useEffect(() => {
    const update = () => setNow(serviceNow());
    const stop = onServiceClockChange(update);
    const tick = setInterval(update, tickMs);
    update();
    return () => {
      clearInterval(tick);
      stop();
    };
  }, [tickMs]);
  return now;
}
