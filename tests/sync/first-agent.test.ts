import { expect, it } from 'vitest';
import { expectConverged, joinedPair, serverDatabase } from './support';

const server = serverDatabase();

it('new workstations joining one desk bring one first agent between them, not one each', async () => {
  const [a, b] = await joinedPair(server.url, { healed: true });
  for (const s of [a, b]) {
    expect(s.call('agents.list', { includeInactive: true }).map((agent) => agent.name)).toEqual(['值班坐席']);
  }
  expectConverged([a, b]);
});
