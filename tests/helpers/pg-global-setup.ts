// One PostgreSQL cluster for the whole test run, stopped when the run ends however it ends; each test file
// makes a database of its own in it (tests/helpers/pg-database.ts).
import type { TestProject } from 'vitest/node';
import { startCluster } from './pg-cluster';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const cluster = await startCluster();
  project.provide('pgAdminUrl', cluster.adminUrl);
  return () => cluster.stop();
}
