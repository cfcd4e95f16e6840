#!/usr/bin/env node
// `npm run bench`: times sk-check against baselines measured in the same run on the same files, and
// prints a table (wall time, rate, ratio to baseline, peak RSS). Figures, not pass/fail: the
// machines are shared and noisy, so targets are read off the table, not asserted.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('../../', import.meta.url).pathname;
const BIN = join(ROOT, 'bin/sk-check.js');
const DECREE = join(ROOT, 'fixtures/decrees/decree-large.pdf');
const BATCH = Number(process.env.BENCH_BATCH ?? 50);
const REPEAT = Number(process.env.BENCH_REPEAT ?? 3);
const hasTime = existsSync('/usr/bin/time');
const has = (tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;

/** Runs a command; returns wall seconds and peak RSS in MB (when /usr/bin/time is there). */
function measure(command, args) {
  const argv = hasTime ? ['/usr/bin/time', '-f', '%M', command, ...args] : [command, ...args];
  const start = process.hrtime.bigint();
  const result = spawnSync(argv[0], argv.slice(1), { encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`${command} ${args.slice(0, 3).join(' ')} failed (${result.status}): ${result.stderr}`);
  }
  const rss = hasTime ? Number(result.stderr.trim().split('\n').at(-1)) / 1024 : Number.NaN;
  return { seconds, rss };
}

function median(runs) {
  const sorted = [...runs].sort((a, b) => a.seconds - b.seconds);
  return sorted[Math.floor(sorted.length / 2)];
}

function repeat(times, fn) {
  return median(Array.from({ length: times }, fn));
}

const rows = [];
function row(scenario, run, units, unit, baseline) {
  rows.push({
    scenario,
    time: `${run.seconds.toFixed(3)} s`,
    rate: `${(units / run.seconds).toFixed(1)} ${unit}/s`,
    ratio: baseline ? `${(run.seconds / baseline.seconds).toFixed(2)}x` : '',
    rss: Number.isNaN(run.rss) ? '' : `${run.rss.toFixed(0)} MB`,
  });
}

if (!existsSync(DECREE)) throw new Error(`missing ${DECREE}: run node fixtures/decrees/make-decrees.mjs`);
const pages = Number(
  /Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [DECREE], { encoding: 'utf8' }).stdout ?? '')?.[1] ?? 20,
);
const dir = mkdtempSync(join(tmpdir(), 'sk-check-bench-'));
const batch = Array.from({ length: BATCH }, (_, i) => {
  const file = join(dir, `decree-${String(i).padStart(3, '0')}.pdf`);
  copyFileSync(DECREE, file);
  return file;
});

try {
  const node0 = repeat(REPEAT, () => measure('node', ['-e', '0']));
  row('node -e 0 (start-up baseline)', node0, 1, 'run');
  const version = repeat(REPEAT, () => measure('node', [BIN, '--version']));
  row('sk-check --version', version, 1, 'run', node0);

  const pdftotext = has('pdftotext');
  const single = pdftotext
    ? repeat(REPEAT, () => measure('pdftotext', ['-layout', DECREE, '/dev/null']))
    : null;
  if (single) row(`pdftotext -layout, 1 decree (${pages} pages)`, single, pages, 'pages');
  const cold = repeat(REPEAT, () => measure('node', [BIN, '--format', 'json', DECREE]));
  row(`sk-check check, 1 decree (${pages} pages), cold`, cold, pages, 'pages', single);

  let sequential = null;
  if (pdftotext) {
    const start = process.hrtime.bigint();
    for (const file of batch) measure('pdftotext', ['-layout', file, '/dev/null']);
    sequential = { seconds: Number(process.hrtime.bigint() - start) / 1e9, rss: Number.NaN };
    row(`pdftotext -layout, ${BATCH} decrees one after another`, sequential, BATCH * pages, 'pages');
  }
  const whole = measure('node', [BIN, '--format', 'ndjson', ...batch]);
  row(`sk-check check, batch of ${BATCH} decrees`, whole, BATCH * pages, 'pages', sequential);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const columns = ['scenario', 'time', 'rate', 'ratio', 'rss'];
const titles = {
  scenario: 'scenario',
  time: 'wall time',
  rate: 'rate',
  ratio: 'vs baseline',
  rss: 'peak RSS',
};
const widths = columns.map((c) => Math.max(titles[c].length, ...rows.map((r) => r[c].length)));
const line = (r) => `| ${columns.map((c, i) => r[c].padEnd(widths[i])).join(' | ')} |`;
console.log(
  `Node ${process.version}, ${spawnSync('nproc', { encoding: 'utf8' }).stdout.trim()} cores; median of ${REPEAT} runs where repeated`,
);
console.log(line(titles));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));
