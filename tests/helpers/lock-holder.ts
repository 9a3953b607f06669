// Another process that holds the case log's write lock (BEGIN IMMEDIATE) until told to let go: what a second
// app or a backup tool writing to the same file looks like to SQLite.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { onTestFinished } from 'vitest';

export interface LockHolder {
  release(): Promise<void>;
}

const SCRIPT = `
const Database = require(process.argv[1]);
const db = new Database(process.argv[2]);
db.exec('BEGIN IMMEDIATE');
process.stdout.write('locked\\n');
process.stdin.once('data', () => { db.exec('COMMIT'); db.close(); process.exit(0); });
`;

export async function holdWriteLock(file: string): Promise<LockHolder> {
  const sqlite = createRequire(import.meta.url).resolve('better-sqlite3');
  const child = spawn(process.execPath, ['-e', SCRIPT, sqlite, file], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  onTestFinished(async () => {
    if (child.exitCode === null) child.kill();
    await exited;
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`lock holder exited with ${code}`)));
  });
  return {
    release: async () => {
      child.stdin.write('go\n');
      await exited;
    },
  };
}
