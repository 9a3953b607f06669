// The one backup or restore a case log may have running at a time, with its progress and how the last one
// ended: kept in the process, since a job lives only as long as the process running it.
import type { BackupOutcome, BackupProgress } from '../../core/backups';

export interface BackupJobs {
  running: BackupProgress | null;
  last: BackupOutcome | null;
}

const byCaseLog = new Map<string, BackupJobs>();

export function jobsOf(dbPath: string): BackupJobs {
  let jobs = byCaseLog.get(dbPath);
  if (!jobs) {
    jobs = { running: null, last: null };
    byCaseLog.set(dbPath, jobs);
  }
  return jobs;
}

/** Runs `work` as the case log's job, reporting progress into it; refuses when one is running already. */
export function startJob(
  dbPath: string,
  kind: BackupProgress['kind'],
  now: () => number,
  work: (progress: (done: number, total: number) => void) => Promise<string>,
  codeOf: (error: unknown) => string,
): BackupProgress | null {
  const jobs = jobsOf(dbPath);
  if (jobs.running) return null;
  const running: BackupProgress = { kind, done: 0, total: 0 };
  jobs.running = running;
  void work((done, total) => Object.assign(running, { done, total })).then(
    (file) => {
      jobs.running = null;
      jobs.last = { kind, ok: true, at: now(), file };
    },
    (error: unknown) => {
      jobs.running = null;
      jobs.last = { kind, ok: false, at: now(), code: codeOf(error) };
    },
  );
  return { ...running };
}

/** Resolves once the case log has no job running (tests, and a clean shutdown). */
export async function jobsSettled(dbPath: string): Promise<void> {
  while (jobsOf(dbPath).running) await new Promise((resolve) => setTimeout(resolve, 10));
}
