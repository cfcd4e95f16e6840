#!/usr/bin/env node
// Runs the real CLI (compiled, dist/: `npm run build` first) cold on one decree many times, two at a
// time, and counts how each run ended. A crash (a signal, or an exit code of 128 or more) is rare,
// a handful in thousands of runs, so no vitest test can see one; run this on demand:
//   node test/stress/cold-runs.mjs [--runs 3000] [--jobs 2] [--seconds 0] [--bin FILE] [FILE]
// `--seconds` stops starting runs after that long (0: no limit). Exit 1 if any run crashed. The last
// line is a Markdown list item for docs/limits-and-safety.md ("The process itself"), to paste as it is.
import { spawn } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '3000' },
    jobs: { type: 'string', default: '2' },
    seconds: { type: 'string', default: '0' },
    bin: { type: 'string', default: join(ROOT, 'bin/sk-check.js') },
  },
});
const runs = Number(values.runs);
const jobs = Number(values.jobs);
const deadline = Number(values.seconds) > 0 ? Date.now() + Number(values.seconds) * 1000 : Infinity;
const file = resolve(positionals[0] ?? join(ROOT, 'fixtures/decrees/sample-decree.pdf'));

/** How each run ended: `exit 0`, `exit 139`, `signal SIGSEGV`; the last crash's stderr. */
const endings = new Map();
let started = 0;
let finished = 0;
let crashes = 0;
let lastCrash = '';

function once() {
  return new Promise((done) => {
    const child = spawn(process.execPath, [values.bin, file], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      if (stderr.length < 4000) stderr += chunk;
    });
    child.on('close', (code, signal) => {
      const ending = signal ? `signal ${signal}` : `exit ${code}`;
      endings.set(ending, (endings.get(ending) ?? 0) + 1);
      if (signal || (code ?? 0) >= 128) {
        crashes++;
        lastCrash = `${ending}: ${stderr.trim().slice(0, 400)}`;
      }
      finished++;
      if (finished % 100 === 0) process.stderr.write(`cold-runs: ${finished} runs, ${crashes} crashes\n`);
      done();
    });
  });
}

async function lane() {
  while (started < runs && Date.now() < deadline) {
    started++;
    await once();
  }
}

const began = Date.now();
const loadBefore = loadavg()[0];
await Promise.all(Array.from({ length: jobs }, lane));
const counts = [...endings].map(([ending, n]) => `${ending}: ${n}`).join(', ');
console.log(`cold-runs: ${started} runs of ${file}, ${jobs} at a time: ${counts}; crashes: ${crashes}`);
if (lastCrash) console.log(`last crash: ${lastCrash}`);
const seconds = Math.round((Date.now() - began) / 1000);
const took = `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
const name = file.startsWith(ROOT) ? relative(ROOT, file) : file;
const day = new Date().toISOString().slice(0, 10);
const machine = `Node ${process.version}, ${availableParallelism()} cores, load average ${loadBefore.toFixed(1)} at the start and ${loadavg()[0].toFixed(1)} at the end`;
console.log(
  `- ${day}: ${started.toLocaleString('en')} runs of \`${name}\`, ${jobs} at a time, in ${took} (${machine}): ${counts}; ${crashes} crash${crashes === 1 ? '' : 'es'} (a signal, or an exit code of 128 or more).`,
);
process.exitCode = crashes > 0 ? 1 : 0;
