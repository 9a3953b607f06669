// `npm run bench -- --ui`: the figures an agent feels, in Debian's Chromium on browser mode, over the
// generated desk: start, boot to interactive, type to paint, case page, scrolling, memory, initial JS.
import { chromium, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../browser-mode/chromium';
import { SEARCH_DEBOUNCE_MS, SEARCH_LIMIT } from '../../../renderer/features/caselist/list-limits';
import { stats } from '../measure';
import type { Entry } from '../report';
import { bareNodeStartMs, root, startBenchHost } from './host';
import {
  bootMs,
  caseOpenMs,
  fetchMs,
  heapMb,
  longTasks,
  scrollList,
  typeToPaintMs,
  wheelScroll,
} from './page-steps';
import { PAGE_PROBES } from './probes';

const QUERIES = ['办公室', 'Outlook', '无法登录', '邮件'];
/** A static page of as many rows as the list holds in the DOM: what the browser paints and scrolls bare. */
const STATIC_PAGE = `data:text/html;charset=utf-8,${encodeURIComponent(
  `<table>${Array.from({ length: 2000 }, (_, i) => `<tr><td>SD-2026-${i}</td><td>客户无法登录 Outlook（上海办公室）</td></tr>`).join('')}</table>`,
)}`;

export async function benchUi(dbPath: string, cases: number, runs: number): Promise<Entry[]> {
  const entries: Entry[] = [];
  const row = (e: Omit<Entry, 'cases'>) => {
    entries.push({ ...e, cases });
    return e;
  };

  const starts: number[] = [];
  const bareStarts: number[] = [];
  for (let i = 0; i < Math.max(3, Math.min(runs, 10)); i++) {
    const host = await startBenchHost(dbPath);
    starts.push(host.startMs);
    await host.stop();
    bareStarts.push(bareNodeStartMs());
  }
  row({
    name: 'host_start',
    about: 'spawn to the first answered call',
    service: stats(starts),
    baseline: { what: 'node -e 0, spawn to exit', stats: stats(bareStarts) },
  });

  const bootScripts = new Set<string>();
  const host = await startBenchHost(dbPath);
  const idleRss = host.rssMb();
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
  });
  try {
    const context = await browser.newContext({
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      viewport: { width: 1360, height: 820 },
    });
    await context.addInitScript(PAGE_PROBES);

    const boots: number[] = [];
    const bareBoots: number[] = [];
    for (let i = 0; i < Math.min(runs, 5); i++) {
      const page = await context.newPage();
      // Every script the first boot fetches, the home page's own chunks included.
      if (i === 0)
        page.on('request', (r) => {
          if (r.resourceType() === 'script') bootScripts.add(new URL(r.url()).pathname);
        });
      boots.push(await bootMs(page, host.url));
      await page.close();
      const bare = await context.newPage();
      await bare.goto(STATIC_PAGE);
      bareBoots.push(await firstContentfulPaint(bare));
      await bare.close();
    }
    row({
      name: 'ui_boot',
      about: 'navigation to the first rows painted',
      service: stats(boots),
      baseline: { what: 'static page of 2,000 rows, first paint', stats: stats(bareBoots) },
    });

    const page = await context.newPage();
    await bootMs(page, host.url);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const bootHeap = await heapMb(cdp);

    const paints: number[] = [];
    const answers: number[] = [];
    for (let i = 0; i < Math.min(runs, 12); i++) {
      const query = QUERIES[i % QUERIES.length]!;
      paints.push(await typeToPaintMs(page, query));
      answers.push(await fetchMs(page, 'cases.search', { query, filters: {}, limit: SEARCH_LIMIT }));
    }
    row({
      name: 'ui_type_to_paint',
      about: `last key to results painted, less the ${SEARCH_DEBOUNCE_MS} ms pause (${QUERIES.join(', ')})`,
      service: stats(paints),
      baseline: { what: 'the same cases.search, fetched from the page', stats: stats(answers) },
    });
    await page.getByLabel('搜索案例').fill('');
    await page.getByTestId('case-count').filter({ hasNotText: '找到' }).waitFor();

    const opens: number[] = [];
    const reads: number[] = [];
    for (let i = 0; i < Math.min(runs, 8); i++) {
      opens.push(await caseOpenMs(page));
      reads.push(await fetchMs(page, 'cases.list', { limit: 1 }));
    }
    row({
      name: 'ui_case_open',
      about: 'click on a row to the case page',
      service: stats(opens),
      baseline: { what: 'a one-row cases.list, fetched from the page', stats: stats(reads) },
    });

    const tasksBefore = (await longTasks(page)).length;
    const scrolled = await wheelScroll(page, '.ant-table-tbody-virtual-holder, .ant-table-body');
    const tasks = (await longTasks(page)).slice(tasksBefore);
    const bare = await context.newPage();
    await bare.goto(STATIC_PAGE);
    const bareScroll = await wheelScroll(bare, 'table');
    await bare.close();
    row({
      name: 'ui_scroll_fps',
      unit: 'fps',
      about: `wheel over the case list, 120 notches; ${tasks.length} long tasks (longest ${Math.round(Math.max(0, ...tasks))} ms)`,
      service: stats([scrolled.fps]),
      baseline: { what: 'the same wheel over a static page', stats: stats([bareScroll.fps]) },
    });
    row({
      name: 'ui_scroll_dropped',
      unit: '%',
      about: 'frames over 25 ms while scrolling',
      service: stats([scrolled.droppedPct]),
      baseline: { what: 'the same over a static page', stats: stats([bareScroll.droppedPct]) },
    });

    const wanted = cases;
    const reached = await scrollList(page, wanted, 120_000);
    row({
      name: 'ui_heap',
      unit: 'MB',
      about: `JS heap after scrolling to row ${reached.toLocaleString('en')} of ${wanted.toLocaleString('en')} (2 min at most)`,
      service: stats([await heapMb(cdp)]),
      baseline: { what: 'the same page right after boot', stats: stats([bootHeap]) },
    });
    row({
      name: 'host_rss',
      unit: 'MB',
      about: 'browser-mode host after the steps above',
      service: stats([host.rssMb()]),
      baseline: { what: 'the host before the first page', stats: stats([idleRss]) },
    });
  } finally {
    await browser.close();
    await host.stop();
  }
  // The frame's scripts are the ones index.html names; the home page (the case list) loads its own on top.
  const frame = frameScripts();
  const home = new Set([...bootScripts].filter((file) => !frame.has(file)));
  row({
    name: 'ui_initial_js',
    unit: 'KB',
    about: `the ${frame.size} scripts index.html names (the frame: menu, header, stores), gzipped`,
    service: stats([gzippedKb(frame)]),
  });
  row({
    name: 'ui_home_js',
    unit: 'KB',
    about: `the ${home.size} scripts the case list loads on top, until its first rows are painted, gzipped`,
    service: stats([gzippedKb(home)]),
  });
  return entries;
}

async function firstContentfulPaint(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const g = globalThis as unknown as {
          PerformanceObserver: new (
            cb: (l: { getEntries(): { name: string; startTime: number }[] }) => void,
          ) => {
            observe(o: unknown): void;
          };
        };
        new g.PerformanceObserver((list) => {
          const fcp = list.getEntries().find((e) => e.name === 'first-contentful-paint');
          if (fcp) resolve(fcp.startTime);
        }).observe({ type: 'paint', buffered: true });
      }),
  );
}

/** The gzipped size of the scripts index.html loads before anything else. */
const rendererDir = path.join(root, 'dist', 'renderer');

/** The scripts the built index.html names, as the page requests them. */
function frameScripts(): Set<string> {
  const html = readFileSync(path.join(rendererDir, 'index.html'), 'utf8');
  return new Set([...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => `/${m[1]}`));
}

function gzippedKb(scripts: Set<string>): number {
  let kb = 0;
  for (const file of scripts) kb += gzipSync(readFileSync(path.join(rendererDir, file))).length / 1024;
  return kb;
}
