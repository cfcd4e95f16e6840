#!/usr/bin/env node
// `npm run bench`: times sk-check against baselines measured in the same run on the same files, prints
// a table (wall time, rate, the baseline row, ratio to it, peak RSS, the target, ✓ or ✗ where the
// target is a ratio or a memory bound) and writes it to docs/benchmarks.md with the date, the machine
// and the Node version: the one place the docs take figures from (test/docs.test.ts holds them to it).
// Marks, not a failing exit: the machines are shared and noisy, so targets are read off the table, not
// asserted. Cold starts (one small file, one decree) are measured in rounds, sk-check and its baseline
// one after the other in each, and the medians compared: a busy machine slows both alike.
// Inputs are generated, not committed: copies of the 25-page fixture decree, and a big roster.
// `npm run bench -- --quick`: smaller inputs and fewer rounds (batches of 10 and 40, 200,000 rows, one
// run, 5 rounds of the cold starts). Sizes, either way overridden by: BENCH_BATCH (50), BENCH_BIG_BATCH
// (200), BENCH_ROWS (1000000), BENCH_REPEAT (3), BENCH_START_REPEAT (rounds of the cold starts, 9);
// BENCH_OCR=0 leaves out the OCR line (the scanned fixtures, read with --ocr, scored against their
// source's truth). BENCH_COLD_REPEAT (rounds of the cold decree's CPU time, 15); BENCH_ONLY=cold
// measures the cold starts alone; BENCH_BEFORE names another build's bin/sk-check.js (a worktree of
// the branch point) to time its cold decree in the same rounds. `--no-write` prints the table without writing docs/benchmarks.md.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { writeBigRoster } from './make-roster.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const BIN = join(ROOT, 'bin/sk-check.js');
const BARE_CSV = join(ROOT, 'test/bench/bare-csv-parse.mjs');
const DECREE = join(ROOT, 'fixtures/decrees/decree-large.pdf');
const QUICK = process.argv.includes('--quick');
const WRITE = !process.argv.includes('--no-write');
const OUT = join(ROOT, 'docs/benchmarks.md');
const size = (name, full, quick) => Number(process.env[name] ?? (QUICK ? quick : full));
const BATCH = size('BENCH_BATCH', 50, 10);
const BIG_BATCH = size('BENCH_BIG_BATCH', 200, 40);
const ROWS = size('BENCH_ROWS', 1_000_000, 200_000);
const REPEAT = size('BENCH_REPEAT', 3, 1);
const START_REPEAT = size('BENCH_START_REPEAT', 9, 5);
const LOAD = loadavg();
const COLD_REPEAT = size('BENCH_COLD_REPEAT', 15, 5);
const ONLY_COLD = process.env.BENCH_ONLY === 'cold';
// The cold decree of issue 27: its CPU time, against Node's own start, in the same rounds.
const SAMPLE_DECREE = join(ROOT, 'fixtures/decrees/sample-decree.pdf');
const BEFORE = process.env.BENCH_BEFORE;
// What a script calling sk-check once per file pays: a 12-row roster and a press text (issue 13).
const SMALL_CSV = join(ROOT, 'fixtures/audit/sample-decree-roster.csv');
const PRESS = join(ROOT, 'fixtures/audit/sample-decree-press.txt');
const OCR = process.env.BENCH_OCR !== '0';
const hasTime = existsSync('/usr/bin/time');
const has = (tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;

/**
 * Runs a command; returns wall seconds, and peak RSS in MB and CPU seconds (user + system) when
 * /usr/bin/time is there.
 */
function measure(command, args, env = process.env) {
  const argv = hasTime ? ['/usr/bin/time', '-f', '%M %U %S', command, ...args] : [command, ...args];
  const start = process.hrtime.bigint();
  const result = spawnSync(argv[0], argv.slice(1), {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    stdio: ['ignore', 'ignore', 'pipe'],
    env,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  // 0, 1 and 3 are outcomes (verified, errors, unverified); 2 is an unreadable input or a usage error.
  if (![0, 1, 3].includes(result.status)) {
    throw new Error(`${command} ${args.slice(0, 3).join(' ')} failed (${result.status}): ${result.stderr}`);
  }
  const [kb, user, system] = hasTime
    ? result.stderr.trim().split('\n').at(-1).split(' ').map(Number)
    : [Number.NaN, Number.NaN, Number.NaN];
  return { seconds, rss: kb / 1024, cpu: user + system };
}

/** Runs each command once per file, one after another, as a person or a shell loop would. */
function oneAfterAnother(command, argsFor, files) {
  const start = process.hrtime.bigint();
  let rss = 0;
  for (const file of files) rss = Math.max(rss, measure(command, argsFor(file)).rss);
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, rss };
}

function median(runs, by = 'seconds') {
  const sorted = [...runs].sort((a, b) => a[by] - b[by]);
  return sorted[Math.floor(sorted.length / 2)];
}

const repeat = (times, fn) => median(Array.from({ length: times }, fn));

/**
 * Each command once per round, in turn, `times` rounds: the median run of each, in the given order
 * (`by`: 'seconds' for wall time, 'cpu' for CPU time, then given as the run's `seconds`).
 */
function rounds(times, commands, by = 'seconds') {
  const runs = commands.map(() => []);
  for (let i = 0; i < times; i++)
    for (const [j, [command, args]] of commands.entries()) runs[j].push(measure(command, args));
  return runs
    .map((each) => median(each, by))
    .map((run) => (by === 'cpu' ? { ...run, seconds: run.cpu } : run));
}

const rows = [];
/** The scenario each measured run was shown as, so a row can name its baseline. */
const names = new Map();
/**
 * `limit`: the largest ratio to the baseline the target allows; `rssLimit`: the most peak RSS it
 * allows, in MB. The row then says ✓ or ✗ (both must hold when both are given).
 */
function row(scenario, run, units, unit, baseline, target = '', limit = null, rssLimit = null) {
  const ratio = baseline ? run.seconds / baseline.seconds : null;
  const marks = [];
  if (ratio !== null && limit !== null) marks.push(ratio <= limit);
  if (rssLimit !== null && !Number.isNaN(run.rss)) marks.push(run.rss <= rssLimit);
  const mark = marks.length === 0 ? '' : marks.every(Boolean) ? ' ✓' : ' ✗';
  names.set(run, scenario);
  // For rows per second, the ratio is also said as the share of the baseline's rate it reaches.
  const share = ratio !== null && unit === 'rows' ? ` (${(1 / ratio).toFixed(2)} of the rate)` : '';
  rows.push({
    scenario,
    time: `${run.seconds.toFixed(3)} s`,
    rate: `${(units / run.seconds).toFixed(units / run.seconds < 100 ? 1 : 0)} ${unit}/s`,
    baseline: baseline ? (names.get(baseline) ?? '') : '',
    ratio: ratio !== null ? `${ratio.toFixed(2)}x${share}` : '',
    rss: Number.isNaN(run.rss) ? '' : `${run.rss.toFixed(0)} MB`,
    target: `${target}${mark}`,
  });
}

/**
 * Every scanned fixture (`*-scan.truth.json` naming its source) read with --ocr: seconds per page,
 * and what it got right against the source decree's truth (NIPs and grades exact, SK number, date, claims).
 */
function ocrRows() {
  const decrees = join(ROOT, 'fixtures/decrees');
  // A scan made by make-scans.mjs names the truth of its source; decree-scan.pdf has none to score.
  const scans = readdirSync(decrees).filter(
    (file) =>
      file.endsWith('-scan.truth.json') && JSON.parse(readFileSync(join(decrees, file), 'utf8')).truth,
  );
  let seconds = 0;
  let rss = 0;
  let scanned = 0;
  let exact = 0;
  let nips = 0;
  let grades = 0;
  const right = { number: 0, date: 0, claims: 0 };
  for (const file of scans) {
    const scan = JSON.parse(readFileSync(join(decrees, file), 'utf8'));
    const truth = JSON.parse(readFileSync(join(decrees, scan.truth), 'utf8'));
    const pdf = join(decrees, file.replace('.truth.json', '.pdf'));
    const argv = hasTime ? ['/usr/bin/time', '-f', '%M', 'node'] : ['node'];
    const start = process.hrtime.bigint();
    const result = spawnSync(argv[0], [...argv.slice(1), BIN, '--ocr', '--format', 'json', pdf], {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
    seconds += Number(process.hrtime.bigint() - start) / 1e9;
    if (hasTime) rss = Math.max(rss, Number(result.stderr.trim().split('\n').at(-1)) / 1024);
    const doc = JSON.parse(result.stdout).documents[0];
    const read = new Set(doc.appointees.map((appointee) => appointee.nip));
    const want = truth.appointees.map((appointee) => appointee.nip).filter(Boolean);
    exact += want.filter((nip) => read.has(nip)).length;
    const byNip = new Map(doc.appointees.map((appointee) => [appointee.nip, appointee]));
    grades += truth.appointees.filter((person) => byNip.get(person.nip)?.grade === person.grade).length;
    nips += want.length;
    scanned += scan.pages;
    const shape = (claims) =>
      JSON.stringify(claims.map((c) => [c.total, c.parts.map((p) => [p.level, p.count])]));
    right.number += doc.decree?.number === truth.number ? 1 : 0;
    right.date += doc.decree?.date === truth.date ? 1 : 0;
    right.claims += shape(doc.claims) === shape(truth.claims) ? 1 : 0;
  }
  if (scans.length === 0) return;
  const n = scans.length;
  row(
    `sk-check --ocr, ${n} scanned decrees (${scanned} pages, ${(seconds / scanned).toFixed(1)} s/page)`,
    { seconds, rss },
    scanned,
    'pages',
    null,
    `NIPs ${exact}/${nips} exact (${((100 * exact) / nips).toFixed(1)}%, ≥ 98%); grades ${grades}/${nips}; SK number ${right.number}/${n}, date ${right.date}/${n}, claims ${right.claims}/${n}`,
  );
}

if (!existsSync(DECREE)) throw new Error(`missing ${DECREE}: run node fixtures/decrees/make-decrees.mjs`);
const pages = Number(
  /Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [DECREE], { encoding: 'utf8' }).stdout ?? '')?.[1] ?? 25,
);
const dir = mkdtempSync(join(tmpdir(), 'sk-check-bench-'));
const copies = (count, prefix) =>
  Array.from({ length: count }, (_, i) => {
    const file = join(dir, `${prefix}-${String(i).padStart(4, '0')}.pdf`);
    copyFileSync(DECREE, file);
    return file;
  });

try {
  const [node0, version, csv, press] = rounds(START_REPEAT, [
    ['node', ['-e', '0']],
    ['node', [BIN, '--version']],
    ['node', [BIN, SMALL_CSV]],
    ['node', [BIN, PRESS]],
  ]);
  row('node -e 0 (start-up baseline)', node0, 1, 'run');
  row('sk-check --version', version, 1, 'run', node0, '≤ 2.5x', 2.5);
  row('sk-check, a 12-row CSV roster, cold', csv, 1, 'run', node0, '≤ 2x', 2);
  row('sk-check, a press text, cold', press, 1, 'run', node0, '≤ 2x', 2);

  // CPU time, not wall: what a cold decree costs the machine, background compile threads included.
  if (hasTime) {
    const decreeWith = (bin) => ['node', [bin, '--format', 'json', SAMPLE_DECREE]];
    const [bare, sample, before] = rounds(
      COLD_REPEAT,
      [['node', ['-e', '']], decreeWith(BIN), ...(BEFORE ? [decreeWith(BEFORE)] : [])],
      'cpu',
    );
    row(`node -e '' (CPU time, median of ${COLD_REPEAT})`, bare, 1, 'run');
    if (before)
      row('sk-check before (BENCH_BEFORE), the sample decree, cold (CPU time)', before, 1, 'run', bare);
    row('sk-check, the sample decree, cold (CPU time)', sample, 1, 'run', bare);
  }
  if (ONLY_COLD) {
    rmSync(dir, { recursive: true, force: true });
    process.exit(printTable());
  }

  const pdftotext = has('pdftotext');
  const layout = (file) => ['-layout', file, '/dev/null'];
  const decree = ['node', [BIN, '--format', 'json', DECREE]];
  const [single, cold] = pdftotext
    ? rounds(START_REPEAT, [['pdftotext', layout(DECREE)], decree])
    : [null, ...rounds(START_REPEAT, [decree])];
  if (single) row(`pdftotext -layout, 1 decree (${pages} pages)`, single, pages, 'pages');
  row(`sk-check, 1 decree (${pages} pages), cold`, cold, pages, 'pages', single, '≤ 5x', 5);

  // Batches (issue 13): --jobs 2 against pdftotext one file after another, in REPEAT rounds (each
  // round both, in turn), medians. The worker processes write their own peak RSS, CPU time and time
  // spent waiting for a file (SK_CHECK_WORKER_STATS): /usr/bin/time sees the command's process alone.
  for (const count of [BATCH, BIG_BATCH]) {
    const files = copies(count, `batch${count}`);
    const args = ['--format', 'ndjson', '--jobs', '2', ...files];
    const sequentials = [];
    const batches = [];
    const workers = [];
    for (let i = 0; i < REPEAT; i++) {
      if (pdftotext) sequentials.push(oneAfterAnother('pdftotext', layout, files));
      const stats = mkdtempSync(join(dir, 'workers-'));
      batches.push(measure('node', [BIN, ...args], { ...process.env, SK_CHECK_WORKER_STATS: stats }));
      workers.push(
        readdirSync(stats)
          .filter((file) => file.endsWith('.json'))
          .map((file) => JSON.parse(readFileSync(join(stats, file), 'utf8'))),
      );
    }
    const sequential = pdftotext ? median(sequentials) : null;
    if (sequential)
      row(`pdftotext -layout, ${count} decrees one after another`, sequential, count * pages, 'pages');
    row(
      `sk-check, batch of ${count} decrees (--jobs 2)`,
      median(batches),
      count * pages,
      'pages',
      sequential,
      '≤ 1.2x',
      1.2,
    );
    const all = workers.flat();
    const peak = Math.max(...all.map((worker) => worker.maxRssMb));
    const cpu = median(
      workers.map((run) => ({ seconds: run.reduce((sum, worker) => sum + worker.cpuSeconds, 0) })),
    );
    const waiting = Math.max(...all.map((worker) => worker.waitingMs));
    rows.push({
      scenario: `  its worker processes (${all.length} in ${REPEAT} runs): peak RSS of the largest`,
      time: '',
      rate: '',
      baseline: '',
      ratio: '',
      rss: `${peak.toFixed(0)} MB`,
      target: `≤ 150 MB${peak <= 150 ? ' ✓' : ' ✗'}; CPU ${cpu.seconds.toFixed(1)} s a run (all workers), waiting for a file ≤ ${waiting} ms a worker`,
    });
  }

  if (OCR) ocrRows();

  const roster = join(dir, 'roster.csv');
  await writeBigRoster(roster, ROWS);
  const k = `${ROWS / 1000}k`;
  const rosterMb = (statSync(roster).size / 1024 / 1024).toFixed(0);
  row(
    `wc -l, roster of ${k} rows (${rosterMb} MB)`,
    repeat(1, () => measure('wc', ['-l', roster])),
    ROWS,
    'rows',
  );
  const bare = measure('node', [BARE_CSV, roster]);
  row(`bare csv-parse (streaming), ${k} rows`, bare, ROWS, 'rows');
  const check = measure('node', [BIN, '--format', 'csv', roster]);
  row(
    `sk-check check, ${k} rows`,
    check,
    ROWS,
    'rows',
    bare,
    '≥ 0.60 of the rate (≤ 1.67x); ≤ 200 MB',
    1.67,
    200,
  );
  const extract = measure('node', [
    BIN,
    'extract',
    '--format',
    'csv',
    '--output',
    join(dir, 'out.csv'),
    roster,
  ]);
  row(`sk-check extract --format csv, ${k} rows`, extract, ROWS, 'rows', bare, '≤ 200 MB', null, 200);
  const quarter = join(dir, 'roster-quarter.csv');
  await writeBigRoster(quarter, ROWS / 4);
  row(
    `sk-check check, ${ROWS / 4000}k rows (memory flat?)`,
    measure('node', [BIN, '--format', 'csv', quarter]),
    ROWS / 4,
    'rows',
  );
  // A rank that disagrees with the grade on every row (and a grade below the echelon on most): a
  // finding or two per row, which stream to a temporary file and out, in flat memory (issue 14).
  const faulty = join(dir, 'roster-faulty.csv');
  await writeBigRoster(faulty, ROWS, undefined, { rankGrade: 'Penata (III/a)' });
  for (const format of ['text', 'json', 'ndjson']) {
    row(
      `sk-check check --format ${format}, ${k} rows, findings on every row`,
      measure('node', [
        BIN,
        '--timeout',
        '0',
        '--format',
        format,
        '--output',
        join(dir, `faulty.${format}`),
        faulty,
      ]),
      ROWS,
      'rows',
      bare,
      'peak RSS ≤ 200 MB',
      null,
      200,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

printTable();

/** Prints the rows as a Markdown table and writes docs/benchmarks.md (not for BENCH_ONLY=cold); returns an exit status. */
function printTable() {
  const columns = ['scenario', 'time', 'rate', 'baseline', 'ratio', 'rss', 'target'];
  const titles = {
    scenario: 'scenario',
    time: 'wall time',
    rate: 'rate',
    baseline: 'baseline (same run)',
    ratio: 'vs baseline',
    rss: 'peak RSS',
    target: 'target',
  };
  const widths = columns.map((c) => Math.max(titles[c].length, ...rows.map((r) => r[c].length)));
  const line = (r) => `| ${columns.map((c, i) => r[c].padEnd(widths[i])).join(' | ')} |`;
  const table = [line(titles), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)];
  const cores = availableParallelism();
  const memory = `${(totalmem() / 1024 ** 3).toFixed(1)} GB memory`;
  const machine = `${cores} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${memory}, ${process.platform} ${process.arch}`;
  const load = LOAD.map((n) => n.toFixed(1)).join(', ');
  const settings = `${QUICK ? '`--quick`: ' : ''}batches of ${BATCH} and ${BIG_BATCH} decrees, a roster of ${ROWS} rows, median of ${REPEAT} run${REPEAT === 1 ? '' : 's'} where repeated (${START_REPEAT} rounds of the cold starts)${OCR ? '' : ', no OCR line'}`;
  console.log(`Node ${process.version}, ${machine}; load average ${load}; ${settings}`);
  for (const text of table) console.log(text);
  if (WRITE && !ONLY_COLD) {
    const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    writeFileSync(
      OUT,
      `# Benchmarks

Written by \`npm run bench\` (\`test/bench/bench.mjs\`); do not edit by hand. The other docs quote their
speed and memory figures from here only (\`test/docs.test.ts\` holds them to it); earlier runs are in
git history.

- Date: ${date}
- Machine: ${machine}; load average at the start ${load} (1, 5 and 15 minutes)
- Node: ${process.version}
- Run: ${settings}

Each row's ratio is its time over that of the baseline it names, both measured in this run on the
same files (\`node -e 0\` for a cold start, \`pdftotext -layout\` from poppler-utils for a decree,
streaming with bare csv-parse for a roster). Read the ratios rather than the seconds: on a shared
machine both sides slow down alike. Peak RSS is the command's own process (\`/usr/bin/time\`); the
batches' worker processes report theirs on the line below.

${table.join('\n')}
`,
    );
    console.log(`wrote ${OUT}`);
  }
  return 0;
}
