#!/usr/bin/env node
// Mutates the fixture PDFs and CSVs and runs the real CLI (compiled, dist/) on them in batches.
// Seeded: `npm run fuzz -- --seed 7 --count 500` tries the same inputs every time. Invariants: the
// process ends in time with exit 0, 1 or 2; stderr holds only `sk-check: <file>: <what> (<code>)`
// lines, no stack; stdout is a JSON report of every input; an unreadable input has a finding code;
// no internal-error. Failing inputs are copied to a directory whose path is printed.
import { spawn } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seeded } from '../../fixtures/rosters/people.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin/sk-check.js');

/** The fixtures' seeded generator (mulberry32), with helpers: the same numbers on every machine. */
export function prng(seed) {
  const next = seeded(seed);
  const int = (n) => Math.floor(next() * n);
  return { next, int, pick: (list) => list[int(list.length)] };
}

function seedFiles() {
  const files = [];
  for (const [dir, exts] of [
    ['fixtures/decrees', ['.pdf']],
    ['fixtures/rosters', ['.csv', '.tsv']],
  ]) {
    for (const name of readdirSync(join(ROOT, dir)).sort()) {
      if (exts.includes(extname(name))) files.push({ name, bytes: readFileSync(join(ROOT, dir, name)) });
    }
  }
  return files;
}

const at = (r, bytes) => r.int(bytes.length + 1);
const splice = (bytes, start, end, insert = Buffer.alloc(0)) =>
  Buffer.concat([bytes.subarray(0, start), insert, bytes.subarray(end)]);

/** Each mutation takes the PRNG and the bytes and returns new bytes. */
const MUTATIONS = {
  bitFlips(r, bytes) {
    const out = Buffer.from(bytes);
    for (let n = 1 + r.int(16); n > 0 && out.length > 0; n--) out[r.int(out.length)] ^= 1 << r.int(8);
    return out;
  },
  truncate: (r, bytes) => bytes.subarray(0, at(r, bytes)),
  insertBytes(r, bytes) {
    const insert = Buffer.alloc(1 + r.int(64));
    for (let i = 0; i < insert.length; i++) insert[i] = r.int(256);
    const start = at(r, bytes);
    return splice(bytes, start, start, insert);
  },
  deleteRange(r, bytes) {
    const start = at(r, bytes);
    return splice(bytes, start, Math.min(bytes.length, start + 1 + r.int(4096)));
  },
  duplicateRange(r, bytes) {
    const start = at(r, bytes);
    const piece = bytes.subarray(start, start + 1 + r.int(8192));
    const to = at(r, bytes);
    return splice(bytes, to, to, Buffer.concat(Array.from({ length: 1 + r.int(8) }, () => piece)));
  },
  /** PDF objects (or CSV lines) in another order. */
  shuffleObjects(r, bytes) {
    const text = bytes.toString('latin1');
    const separator = text.startsWith('%PDF') ? /(?<=endobj\r?\n)/ : /(?<=\n)/;
    const parts = text.split(separator);
    for (let n = 1 + r.int(parts.length); n > 0; n--) {
      const i = r.int(parts.length);
      const j = r.int(parts.length);
      [parts[i], parts[j]] = [parts[j], parts[i]];
    }
    return Buffer.from(parts.join(''), 'latin1');
  },
  randomEncoding(r, bytes) {
    const text = bytes.toString(r.pick(['utf8', 'latin1']));
    const encoding = r.pick(['utf16le', 'utf16be', 'latin1', 'utf8-bom', 'bom-only', 'invalid-utf8']);
    if (encoding === 'utf16le')
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    if (encoding === 'utf16be') return Buffer.from(text, 'utf16le').swap16();
    if (encoding === 'utf8-bom') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    if (encoding === 'bom-only')
      return Buffer.concat([
        Buffer.from(
          r.pick([
            [0xff, 0xfe],
            [0xfe, 0xff],
          ]),
        ),
        bytes,
      ]);
    if (encoding === 'invalid-utf8') {
      const start = at(r, bytes);
      return splice(
        bytes,
        start,
        start,
        Buffer.from(r.pick([[0xc3], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xf8]])),
      );
    }
    return Buffer.from(text, 'latin1');
  },
  hugeField(r, bytes) {
    const size = r.pick([70_000, 300_000, 1_100_000, 2_000_000]);
    const unit = r.pick(['A', '"', ';', ',', '(', '[', '<<', '0', ' ', '\n', 'é']);
    const start = at(r, bytes);
    return splice(bytes, start, start, Buffer.from(unit.repeat(Math.ceil(size / unit.length))));
  },
  nulBytes(r, bytes) {
    const start = at(r, bytes);
    return splice(bytes, start, start, Buffer.alloc(1 + r.int(r.pick([4, 64, 70_000]))));
  },
};

const NAMES = Object.keys(MUTATIONS);

/** One mutated input: a fixture with 1 to 3 mutations applied, and a file name saying which. */
export function mutant(r, seeds, index) {
  const seed = r.pick(seeds);
  let bytes = seed.bytes;
  const applied = [];
  for (let n = 1 + r.int(3); n > 0; n--) {
    const name = r.pick(NAMES);
    bytes = MUTATIONS[name](r, bytes);
    applied.push(name);
  }
  const ext = r.next() < 0.1 ? r.pick(['.pdf', '.csv', '.txt', '']) : extname(seed.name);
  return {
    name: `${String(index).padStart(6, '0')}-${seed.name.replace(/\.\w+$/, '')}-${applied.join('+')}${ext}`,
    bytes,
  };
}

function runCli(files, timeoutMs) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, '--format', 'json', '--timeout', '20', ...files], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out = [];
    const err = [];
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => err.push(chunk));
    let hung = false;
    const timer = setTimeout(() => {
      hung = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({
        code,
        signal,
        hung,
        stdout: Buffer.concat(out).toString(),
        stderr: Buffer.concat(err).toString(),
      });
    });
  });
}

const ONE_LINER = /^sk-check: (.+): .+ \(([a-z][a-z-]*)\)$/;

/** What is wrong with one run over `files`; an empty list when every invariant holds. */
export function violations(result, files) {
  const problems = [];
  if (result.hung) problems.push('did not finish in time');
  if (![0, 1, 2].includes(result.code)) problems.push(`exit code ${result.code} (signal ${result.signal})`);
  const lines = result.stderr.split('\n').filter(Boolean);
  for (const line of lines) if (!ONE_LINER.test(line)) problems.push(`stderr: ${line.slice(0, 200)}`);
  let report;
  try {
    report = JSON.parse(result.stdout);
  } catch {
    problems.push('stdout is not a JSON report');
    return problems;
  }
  if (report.documents.length !== files.length) problems.push('a document is missing from the report');
  for (const doc of report.documents) {
    if (doc.findings.some((f) => f.code === 'internal-error')) problems.push(`${doc.source}: internal-error`);
    if (doc.status === 'unreadable') {
      if (!doc.findings[0]?.code) problems.push(`${doc.source}: unreadable without a finding code`);
      if (!lines.some((line) => line.startsWith(`sk-check: ${doc.source}: `)))
        problems.push(`${doc.source}: unreadable but not said on stderr`);
    }
  }
  if (report.summary.unreadable > 0 !== (result.code === 2))
    problems.push(`exit ${result.code} vs unreadable inputs`);
  return problems;
}

/** Runs the fuzzer; returns how many inputs it tried and the failures (kept on disk for replay). */
export async function fuzz({ seed = 1, count = 100, batch = 12, minutes = 0, log = () => {} } = {}) {
  const r = prng(seed);
  const seeds = seedFiles();
  const work = mkdtempSync(join(tmpdir(), 'sk-fuzz-'));
  const failuresDir = join(work, 'failures');
  const failures = [];
  const deadline = minutes > 0 ? Date.now() + minutes * 60_000 : Number.POSITIVE_INFINITY;
  let tried = 0;
  let round = 0;
  while ((minutes > 0 || tried < count) && Date.now() < deadline) {
    // Every fifth round runs its inputs one per process, the others share a process.
    const size = round % 5 === 4 ? 1 : minutes > 0 ? batch : Math.min(batch, count - tried);
    const dir = join(work, `round-${round++}`);
    mkdirSync(dir);
    const files = [];
    for (let i = 0; i < size; i++) {
      const input = mutant(r, seeds, tried++);
      const path = join(dir, input.name);
      writeFileSync(path, input.bytes);
      files.push(path);
    }
    const result = await runCli(files, 60_000 + size * 30_000);
    const problems = violations(result, files);
    if (problems.length > 0) {
      mkdirSync(failuresDir, { recursive: true });
      // Blame inputs one by one, so a failure names the file that causes it.
      for (const file of files) {
        const alone = files.length === 1 ? problems : violations(await runCli([file], 90_000), [file]);
        if (alone.length === 0) continue;
        const kept = join(failuresDir, file.split('/').pop());
        copyFileSync(file, kept);
        failures.push({ file: kept, problems: alone });
        log(`FAIL ${kept}\n  ${alone.join('\n  ')}`);
      }
      if (failures.length === 0) failures.push({ file: dir, problems });
    }
    rmSync(dir, { recursive: true, force: true });
    if (round % 10 === 0) log(`${tried} inputs, ${failures.length} failures`);
  }
  if (failures.length === 0) rmSync(work, { recursive: true, force: true });
  return { seed, tried, failures, failuresDir: failures.length > 0 ? failuresDir : null };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const flag = (name, fallback) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? Number(args[i + 1]) : fallback;
  };
  const options = {
    seed: flag('seed', 1),
    count: flag('count', 200),
    batch: flag('batch', 12),
    minutes: flag('minutes', 0),
  };
  const started = Date.now();
  const result = await fuzz({ ...options, log: (line) => console.error(line) });
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  console.log(
    `seed ${result.seed}: ${result.tried} inputs in ${seconds} s, ${result.failures.length} failing`,
  );
  if (result.failuresDir) console.log(`failing inputs kept in ${result.failuresDir}`);
  process.exitCode = result.failures.length > 0 ? 1 : 0;
}
