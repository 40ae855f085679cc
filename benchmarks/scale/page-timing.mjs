// Times every .html page of built StaticBench sites, opened from file:// in the system Chromium, then the heaviest
// benchmark page and every other kind of page again `--repeat` times each. See benchmarks/README.md.
//
//   npm ci --prefix benchmarks/scale
//   node benchmarks/scale/page-timing.mjs SITE [SITE...] [--repeat 5] [--markdown] [--out pages.tsv] [--trace] [--quick]
//
// Per page: bytes (the HTML plus every file it loads: style sheets, scripts, images, data), then in
// milliseconds from navigation start, as the page itself measured them (Navigation and Paint Timing):
// first paint, first contentful paint, DOMContentLoaded, the load event, the last loaded resource, and
// "drawn": the second animation frame after the load event, i.e. once the browser has laid out and
// painted everything the page had by then. "chartLive": when the first interactive chart replaced its
// static image (charts.js marks its host `chart-live`); until then the page shows the chart's PNG. Pages
// without charts have none. "idle" is wall time from the start of navigation until Playwright's
// `networkidle`, which includes its own 500 ms quiet window.
//
// The pages visited again are the heaviest benchmark page, index.html, compare.html, runs.html, regressions.html and
// the largest page of older runs. Given several sites (say main's and a branch's, built from the same data), every
// site gets the same pages and the visits alternate between the sites, so that a machine getting busier or quieter
// weighs on each alike. --quick skips the walk over every page (the heaviest benchmark page is then the largest
// benchmarks/*.html file).
//
// With --trace, those pages are then visited `--repeat` times more with Chromium's trace on (separate visits: tracing
// slows a page down, so the timings above never come from them), and the report says where the renderer's main
// thread spent its CPU time until "drawn" (or until the first chart was live, if later): medians per kind of work,
// each event's own time counted once (script by file, the page's own code in events and callbacks, style and layout,
// paint, HTML and CSS parsing, garbage collection, and loading files, messages between Chromium's processes and the
// rest), and the wall time it waited on font lookups from the browser process. CPU time, unlike wall time, hardly
// grows when other processes share the machine.
import { chromium } from 'playwright-core';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const sites = args.filter((a, i) => !a.startsWith('--') && !['--repeat', '--out'].includes(args[i - 1]));
if (sites.length === 0) {
  console.error('usage: node page-timing.mjs SITE [SITE...] [--repeat 5] [--markdown] [--out pages.tsv] [--trace] [--quick]');
  process.exit(2);
}
const roots = sites.map((s) => resolve(s));
const repeat = Number(option('--repeat', '5'));
const quick = args.includes('--quick');
// With several sites, each is named by its folder (the snapshot's commit, when the path holds one).
const label = (s) => (sites.length > 1 ? `${siteName(s)}: ` : '');
const siteName = (s) => {
  const commit = roots[s].split('/').find((part) => /^[0-9a-f]{40}$/.test(part));
  return commit ? commit.slice(0, 7) : sites[s];
};
const markdown = args.includes('--markdown');

// Recorded in the page before any of its own code runs.
const probe = () => {
  window.addEventListener('load', () =>
    requestAnimationFrame(() => requestAnimationFrame(() => { window.__drawn = performance.now(); })));
  new MutationObserver((changes) => {
    if (window.__live === undefined && changes.some((c) => c.target.classList && c.target.classList.contains('chart-live'))) {
      window.__live = performance.now();
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['class'] });
};

const pagesOf = roots.map((root) => (function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : []);
})(root).sort());

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--no-first-run', '--disable-sync', '--disable-quic'],
});

async function time(root, file) {
  // A fresh context per visit: nothing cached from the page before.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(probe);
  const loaded = new Set([pathToFileURL(file).href]);
  page.on('request', (r) => loaded.add(r.url().split('#')[0]));
  const start = performance.now();
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load', timeout: 120_000 });
  await page.waitForLoadState('networkidle', { timeout: 120_000 });
  const idle = performance.now() - start;
  await page.waitForFunction(() => window.__drawn !== undefined, null, { timeout: 120_000 });
  await page.waitForFunction(() => window.__live !== undefined || !document.querySelector('[data-chart]'), null, { timeout: 120_000 });
  const m = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const paint = Object.fromEntries(performance.getEntriesByType('paint').map((p) => [p.name, p.startTime]));
    const resources = performance.getEntriesByType('resource');
    return {
      firstPaint: paint['first-paint'] ?? NaN, firstContentfulPaint: paint['first-contentful-paint'] ?? NaN,
      domContentLoaded: nav.domContentLoadedEventEnd, load: nav.loadEventEnd, drawn: window.__drawn,
      chartLive: window.__live ?? NaN,
      lastResource: Math.max(nav.responseEnd, ...resources.map((r) => r.responseEnd)), resources: resources.map((r) => r.name),
    };
  });
  m.resources.forEach((u) => loaded.add(u.split('#')[0]));
  await context.close();
  const bytes = [...loaded].filter((u) => u.startsWith('file:')).reduce((sum, u) => {
    try { return sum + statSync(fileURLToPath(u)).size; } catch { return sum; }
  }, 0);
  return { page: relative(root, file), bytes, files: loaded.size, ...m, idle, resources: undefined };
}

// One traced visit: the main thread's CPU time until drawn (or the first chart live, if later), by kind of work.
const KINDS = {
  EvaluateScript: 'script', FunctionCall: 'page code', RunMicrotasks: 'page code', TimerFire: 'page code',
  EventDispatch: 'page code', FireAnimationFrame: 'page code', FireIdleCallback: 'page code',
  UpdateLayoutTree: 'style and layout', Layout: 'style and layout', PrePaint: 'paint', Paint: 'paint', Layerize: 'paint',
  Commit: 'paint', ParseHTML: 'parse HTML and CSS', ParseAuthorStyleSheet: 'parse HTML and CSS', MinorGC: 'garbage collection',
  MajorGC: 'garbage collection', 'V8.GC_SCAVENGER': 'garbage collection', 'V8.GC_MARK_COMPACTOR': 'garbage collection',
};
async function trace(file) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(probe);
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'blink.user_timing', 'v8.execute', 'fonts'] });
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load', timeout: 120_000 });
  await page.waitForFunction(() => window.__drawn !== undefined, null, { timeout: 120_000 });
  await page.waitForFunction(() => window.__live !== undefined || !document.querySelector('[data-chart]'), null, { timeout: 120_000 });
  const m = await page.evaluate(() => ({ drawn: window.__drawn, live: window.__live ?? NaN }));
  const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  await context.close();
  const nav = events.filter((e) => e.name === 'navigationStart' && String(e.args?.data?.documentLoaderURL ?? '').startsWith('file:')).pop();
  const until = nav.ts + 1000 * Math.max(m.drawn, Number.isNaN(m.live) ? 0 : m.live);
  const mine = events.filter((e) => e.pid === nav.pid && e.tid === nav.tid && e.ph === 'X' && e.dur !== undefined && e.ts >= nav.ts && e.ts <= until)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // Each event's own CPU time (its thread duration less its children's), given to the nearest event with a kind.
  const stack = [], cpu = {};
  let total = 0, fontWait = 0;
  const own = (e) => e.own ?? 0;
  const close = (e) => {
    const kindOf = (x) => (x.name === 'EvaluateScript' ? 'script ' + scriptName(x) : KINDS[x.name]);
    const owner = [e, ...stack.slice().reverse()].find(kindOf);
    const k = owner ? kindOf(owner) : 'loading, messages, rest';
    cpu[k] = (cpu[k] || 0) + Math.max(0, own(e));
  };
  for (const e of mine) {
    while (stack.length && e.ts >= stack[stack.length - 1].ts + stack[stack.length - 1].dur) close(stack.pop());
    // An event running past the end (the frame of the last animation frame callback goes on to lay out and paint
    // what came after) counts its share before the end only.
    const t = ((e.tdur ?? e.dur) / 1000) * Math.min(1, (until - e.ts) / Math.max(1, e.dur));
    e.own = t;
    if (stack.length) stack[stack.length - 1].own -= t; else total += t;
    if (e.name === 'FontCache::GetFontPlatformData' && !stack.some((x) => x.name === e.name)) fontWait += e.dur / 1000;
    stack.push(e);
  }
  while (stack.length) close(stack.pop());
  return { total, cpu, fontWait, wall: (until - nav.ts) / 1000 };
}

function scriptName(e) {
  const url = String(e.args?.data?.url ?? '');
  return url.includes('/data/') ? 'data' : url.split('/').pop() || 'inline';
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const n = s.length; return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2; };
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
const ms = (x) => (Number.isFinite(x) ? x.toFixed(0) : 'NA');
const columns = ['firstPaint', 'firstContentfulPaint', 'domContentLoaded', 'load', 'drawn', 'chartLive', 'lastResource', 'idle'];

// The pages visited again (and traced): the heaviest benchmark page (by bytes, from the first site's walk; with
// --quick the largest benchmarks/*.html file), every top-level page and the largest page of older runs.
const walked = sites.map(() => []);
if (!quick) {
  for (const [s, root] of roots.entries()) {
    for (const [i, file] of pagesOf[s].entries()) {
      walked[s].push(await time(root, file));
      if ((i + 1) % 50 === 0) console.error(`  ${label(s)}${i + 1}/${pagesOf[s].length} pages`);
    }
  }
}
const largestFile = (prefix) => pagesOf[0].map((f) => relative(roots[0], f)).filter((p) => p.startsWith(prefix))
  .reduce((a, b) => (a === undefined || statSync(join(roots[0], b)).size > statSync(join(roots[0], a)).size ? b : a), undefined);
const heaviest = quick ? largestFile('benchmarks/')
  : walked[0].filter((r) => r.page.startsWith('benchmarks/')).reduce((a, b) => (b.bytes > a.bytes ? b : a)).page;
const repeated = [heaviest, 'index.html', 'compare.html', 'runs.html', 'regressions.html', largestFile('runs/')]
  .filter((p) => p !== undefined && roots.every((root) => existsSync(join(root, p))));
// Visits alternate between the sites, so that a machine getting busier or quieter weighs on every site alike.
const again = new Map(repeated.map((p) => [p, sites.map(() => [])]));
for (let i = 0; i < repeat; i++) {
  for (const p of repeated) for (const [s, root] of roots.entries()) again.get(p)[s].push(await time(root, join(root, p)));
}
const traced = new Map(repeated.map((p) => [p, sites.map(() => [])]));
if (args.includes('--trace')) {
  for (let i = 0; i < repeat; i++) {
    for (const p of repeated) for (const [s, root] of roots.entries()) traced.get(p)[s].push(await trace(join(root, p)));
  }
}
await browser.close();

if (option('--out') && !quick) {
  writeFileSync(option('--out'), ['site\tpage\tbytes\tfiles\t' + columns.join('\t'), ...walked.flatMap((rows, s) => rows.map((r) =>
    [sites[s], r.page, r.bytes, r.files, ...columns.map((c) => ms(r[c]))].join('\t')))].join('\n') + '\n');
}

const line = markdown ? (cells) => `| ${cells.join(' | ')} |` : (cells) => cells.join('\t');
const out = [];
// Pages of one kind (benchmarks/*, each top-level page) summed up; every page when asked with --all.
const kind = (p) => (p.includes('/') ? p.split('/')[0] + '/*' : p);
for (const [s, rows] of walked.entries()) {
  if (rows.length === 0) continue;
  const kinds = [...new Set(rows.map((r) => kind(r.page)))];
  out.push(`${label(s)}${rows.length} pages under ${roots[s]}, each opened once in a fresh context; milliseconds from navigation start (medians over the pages of a kind, [p90, max] for load and drawn).`);
  out.push('');
  out.push(line(['pages', 'count', 'median bytes', 'max bytes', 'first paint', 'FCP', 'DOMContentLoaded', 'load [p90, max]', 'drawn [p90, max]', 'first chart live', 'idle (incl. 500 ms quiet)']));
  if (markdown) out.push(line(Array(11).fill('---')));
  for (const k of kinds) {
    const of = rows.filter((r) => kind(r.page) === k);
    const col = (c) => of.map((r) => r[c]).filter(Number.isFinite);
    out.push(line([k, of.length, median(of.map((r) => r.bytes)), Math.max(...of.map((r) => r.bytes)),
      ms(median(col('firstPaint'))), ms(median(col('firstContentfulPaint'))), ms(median(col('domContentLoaded'))),
      `${ms(median(col('load')))} [${ms(quantile(col('load'), 0.9))}, ${ms(Math.max(...col('load')))}]`,
      `${ms(median(col('drawn')))} [${ms(quantile(col('drawn'), 0.9))}, ${ms(Math.max(...col('drawn')))}]`,
      col('chartLive').length ? ms(median(col('chartLive'))) : '-', ms(median(col('idle')))]));
  }
  if (args.includes('--all')) {
    out.push('');
    out.push(line(['page', 'bytes', ...columns]));
    if (markdown) out.push(line(Array(columns.length + 2).fill('---')));
    rows.forEach((r) => out.push(line([r.page, r.bytes, ...columns.map((c) => ms(r[c]))])));
  }
  out.push('');
}

out.push(`Each page below opened ${repeat} more times${sites.length > 1 ? ', alternating the sites visit by visit' : ''}: medians (min-max) in milliseconds from navigation start. ` +
  `The heaviest benchmark page is ${heaviest}; compare.html compares the newest commit with its parent.`);
out.push('');
const shown = ['bytes', 'firstContentfulPaint', 'domContentLoaded', 'load', 'drawn', 'chartLive'];
out.push(line(['page', ...(sites.length > 1 ? ['site'] : []), 'bytes', 'FCP', 'DOMContentLoaded', 'load', 'drawn', 'first chart live']));
if (markdown) out.push(line(Array(shown.length + (sites.length > 1 ? 2 : 1)).fill('---')));
const spread = (xs) => (xs.some(Number.isFinite) ? `${ms(median(xs))} (${ms(Math.min(...xs))}-${ms(Math.max(...xs))})` : '-');
for (const [p, visits] of again) {
  visits.forEach((v, s) => out.push(line([p, ...(sites.length > 1 ? [siteName(s)] : []), v[0]?.bytes ?? '-',
    ...shown.slice(1).map((c) => (c === 'drawn' ? spread(v.map((r) => r[c])) : ms(median(v.map((r) => r[c])))))])));
}
for (const [p, visits] of traced) {
  visits.forEach((t, s) => {
    if (t.length === 0) return;
    const kinds = [...new Set(t.flatMap((v) => Object.keys(v.cpu)))]
      .map((k) => [k, median(t.map((v) => v.cpu[k] || 0))]).sort((a, b) => b[1] - a[1]);
    out.push('');
    out.push(`${label(s)}Main thread of ${p} until drawn or live (medians of ${t.length} traced visits): ${ms(median(t.map((v) => v.total)))} ms of CPU ` +
      `(${spread(t.map((v) => v.total))}) in ${ms(median(t.map((v) => v.wall)))} ms of wall time, ` +
      kinds.filter(([, v]) => v >= 0.5).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ') +
      `; ${ms(median(t.map((v) => v.fontWait)))} ms waiting on font lookups.`);
  });
}
console.log(out.join('\n'));
