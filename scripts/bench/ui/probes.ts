// What the page records for the UI benchmark, installed before the app's own scripts: when rows first
// paint, when the list's rows last changed (painted), the search text's last change, long tasks, and frame times.
// Plain JavaScript, since it runs in the page.
export const PAGE_PROBES = `(() => {
  const probe = { interactiveAt: null, rowsPaintedAt: 0, lastKeyAt: 0, longTasks: [], frames: null };
  window.__bench = probe;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  // The text's last change, not the last keydown: a Chinese character arrives as text input (an IME's
  // commit, or a test's typing), with no key of its own.
  addEventListener('input', () => { probe.lastKeyAt = performance.now(); }, true);
  const painted = (set) => requestAnimationFrame(() => set(performance.now()));
  new MutationObserver((records) => {
    if (!records.some((r) => r.target instanceof Element && r.target.closest('.ant-table-tbody, .ant-table-body'))) return;
    painted((t) => { probe.rowsPaintedAt = t; });
    if (probe.interactiveAt === null && document.querySelector('.ant-table-row')) {
      probe.interactiveAt = -1;
      painted((t) => { probe.interactiveAt = t; });
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
  probe.countFrames = () => {
    probe.frames = [];
    const tick = (t) => { if (probe.frames) { probe.frames.push(t); requestAnimationFrame(tick); } };
    requestAnimationFrame(tick);
  };
  probe.stopFrames = () => { const f = probe.frames; probe.frames = null; return f; };
})();`;

/** Frames per second and the share of frames that took more than 1.5 frames at 60 Hz. */
export function frameStats(times: number[]) {
  const gaps = times.slice(1).map((t, i) => t - times[i]!);
  const duration = (times.at(-1)! - times[0]!) / 1000;
  return {
    fps: gaps.length / duration,
    droppedPct: (gaps.filter((g) => g > 1.5 * (1000 / 60)).length / Math.max(1, gaps.length)) * 100,
  };
}
