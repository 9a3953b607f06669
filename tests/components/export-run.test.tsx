// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { EXPORT_CHUNK, type CaseExportChunk } from '../../core/case-export';
import { useStore } from '../../renderer/store';
import { setUpTestDesk } from './desk-setup';

/** Node code (it writes SQLite directly): loaded at run time so the DOM-typed check does not follow it. */
const GENERATOR: string = '../../scripts/bench/generate';
const CASES = EXPORT_CHUNK * 2 + 17;

const bridge = setUpTestDesk();

async function generated() {
  const { generateDesk } = (await import(/* @vite-ignore */ GENERATOR)) as {
    generateDesk(db: unknown, agentId: string, cases: number, onProgress: () => void): unknown;
  };
  generateDesk(bridge.desk.db, bridge.desk.ctx.agentId, CASES, () => {});
}

describe('the export run', () => {
  it('asks for chunk after chunk until the last, each case once', async () => {
    await generated();
    const chunks: CaseExportChunk[] = [];
    const finished = await useStore
      .getState()
      .exportListedCases((chunk) => chunks.push(chunk), new AbortController().signal);
    expect(finished).toBe(true);
    expect(chunks.map((c) => c.rows.length)).toEqual([EXPORT_CHUNK, EXPORT_CHUNK, 17]);
    expect(chunks[0]!.total).toBe(CASES);
    expect(new Set(chunks.flatMap((c) => c.rows.map((r) => r.id))).size).toBe(CASES);
  });

  it('stops after the chunk in hand when the agent stops it', async () => {
    await generated();
    const stop = new AbortController();
    let seen = 0;
    const finished = await useStore.getState().exportListedCases(() => {
      seen++;
      stop.abort();
    }, stop.signal);
    expect(finished).toBe(false);
    expect(seen).toBe(1);
  });

  it('exports with the filters of the list', async () => {
    await generated();
    useStore.setState({ caseQuery: { ...useStore.getState().caseQuery, filters: { statuses: ['closed'] } } });
    const rows: string[] = [];
    await useStore
      .getState()
      .exportListedCases(
        (chunk) => rows.push(...chunk.rows.map((r) => r.status)),
        new AbortController().signal,
      );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((s) => s === 'closed')).toBe(true);
  });
});
