import { beforeAll, expect, it } from 'vitest';
import { freshDatabase } from '../helpers/pg-database';
import { expectConverged, heal, openWorkstation } from './support';

let url: string;
beforeAll(async () => {
  url = await freshDatabase();
});

it('new workstations joining one desk bring one first agent between them, not one each', async () => {
  const a = openWorkstation(url, 'A');
  const b = openWorkstation(url, 'B');
  await a.join();
  await b.join();
  await heal([a, b]);
  for (const s of [a, b]) {
    expect(s.call('agents.list', { includeInactive: true }).map((agent) => agent.name)).toEqual(['值班坐席']);
  }
  expectConverged([a, b]);
});
