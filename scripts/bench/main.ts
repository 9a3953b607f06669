// `npm run bench [-- --ui | --sync [--pg URL]] [--cases N[,N…]] [--runs N] [--only SUITES] [--desk FILE]
//   [--out FILE.json] [--markdown FILE.md]`
// Each row times an operation through the service as the app calls it (dispatch: validation, handler,
// result) and, in the same loop, the bare engine query or physical limit that answers the same question.
import { rmSync, writeFileSync } from 'node:fs';
import { generate } from './desk-file';
import { RUNS, sizes, values } from './options';
import { markdownReport, met, printRow, type Entry } from './report';
import { benchDesk } from './service-suites';
import { benchSync } from './sync';
import { benchUi } from './ui/run-ui';

/** The UI suite on a generated desk: the host and Chromium open the same file. */
async function benchDeskUi(cases: number): Promise<Entry[]> {
  const { dir, dbPath, desk, kept } = generate(cases);
  desk.close();
  try {
    const entries = await benchUi(dbPath, cases, Math.min(RUNS, 20));
    entries.forEach(printRow);
    return entries;
  } finally {
    if (!kept) rmSync(dir, { recursive: true, force: true });
  }
}

const all: Entry[] = [];
for (const cases of sizes) {
  console.log(
    `\nShiftDesk benchmark${values.ui ? ' in the browser' : values.sync ? ' of team sync' : ''} — ${cases.toLocaleString('en')} cases`,
  );
  const suite = values.sync ? benchSync(cases, values.pg) : values.ui ? benchDeskUi(cases) : benchDesk(cases);
  const entries = await suite;
  if (values.sync) entries.forEach(printRow);
  all.push(...entries);
}
const table = markdownReport(all);
const missed = all.filter((e) => !met(e));
console.log(`\n${table}\n${all.length - missed.length} of ${all.length} rows meet their target.`);
if (values.out) writeFileSync(values.out, `${JSON.stringify(all, null, 2)}\n`);
if (values.markdown) writeFileSync(values.markdown, table);
