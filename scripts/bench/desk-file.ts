// The generated desk a run measures: in a temp folder, or kept in the file `--desk` names and reused.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDesk } from '../../electron/services/desk';
import { recomputeOpenCases } from '../../electron/services/sla';
import { refreshSearchIndex } from '../../db/search/index-writer';
import { generateDesk, type GeneratedDesk } from './generate';
import { values } from './options';
import { searchIndexBytes } from './search-mix';

/** The desk kept by `--desk`: its file, and beside it what the generation chose, written once it is whole. */
function keptDesk(cases: number) {
  const dbPath = path.resolve(values.desk!);
  const about = `${dbPath}.json`;
  if (!existsSync(about)) return { dbPath, about };
  const kept = JSON.parse(readFileSync(about, 'utf8')) as { cases: number; generated: GeneratedDesk };
  if (kept.cases !== cases) {
    console.error(
      `${dbPath} holds ${kept.cases} cases, not ${cases}: give --cases ${kept.cases} or another file`,
    );
    process.exit(2);
  }
  return { dbPath, about, generated: kept.generated };
}

export function generate(cases: number) {
  if (values.desk) {
    const kept = keptDesk(cases);
    if (kept.generated) {
      console.log(`  the desk kept in ${kept.dbPath}`);
      const desk = openDesk({ dbPath: kept.dbPath, version: 'bench' });
      return {
        dir: path.dirname(kept.dbPath),
        dbPath: kept.dbPath,
        desk,
        generated: kept.generated,
        kept: true,
      };
    }
    if (existsSync(kept.dbPath)) rmSync(kept.dbPath); // a generation cut short: start again
  }
  const dir = values.desk
    ? path.dirname(path.resolve(values.desk))
    : mkdtempSync(path.join(os.tmpdir(), 'shiftdesk-bench-'));
  const dbPath = values.desk ? path.resolve(values.desk) : path.join(dir, 'bench.db');
  const desk = openDesk({ dbPath, version: 'bench' });
  const started = Date.now();
  const generated = generateDesk(desk.ctx.db, desk.ctx.agentId, cases, (done) =>
    process.stdout.write(
      `\r  generating ${cases.toLocaleString('en')} cases × 10 events: ${Math.round((done / cases) * 100)}%`,
    ),
  );
  // Open cases get their due times as the app gives them: from the SLA policy over their timelines.
  recomputeOpenCases(desk.ctx);
  // The search index of every case, as migration 0100 builds it on an existing log.
  const indexing = Date.now();
  refreshSearchIndex(desk.ctx.db);
  const indexMb = searchIndexBytes(desk.ctx.db) / 1e6;
  console.log(
    `\n  search index: built in ${((Date.now() - indexing) / 1000).toFixed(1)} s, ${indexMb.toFixed(0)} MB on disk`,
  );
  // As after the app's next start: `PRAGMA optimize` at open gives the planner its statistics.
  desk.ctx.db.pragma('optimize=0x10002');
  console.log(
    `\r  generated ${cases.toLocaleString('en')} cases in ${((Date.now() - started) / 1000).toFixed(1)} s, ` +
      `${(statSync(dbPath).size / 1e6).toFixed(0)} MB`,
  );
  if (values.desk) writeFileSync(`${dbPath}.json`, JSON.stringify({ cases, generated }));
  return { dir, dbPath, desk, generated, kept: !!values.desk };
}
