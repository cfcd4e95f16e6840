#!/usr/bin/env node
// `npm test`, before vitest: the typecheck and the linter side by side (they are one core's work
// each, and CI has two), then the build, unless dist/ is already newer than everything it is made
// from (in a fresh clone `npm ci` has just built it; a second build took ~10 s of the suite's time).
// Each tool's output is printed whole when it ends, so the two never interleave. Exit status: the
// first failure's.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const bin = (name) => join(ROOT, 'node_modules', '.bin', name);

/** Runs a command with its output held back; resolves to its exit status. */
function run(label, command, args) {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks = [];
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.stderr.on('data', (chunk) => chunks.push(chunk));
    child.on('error', (error) => {
      process.stderr.write(`${label}: ${error.message}\n`);
      done(1);
    });
    child.on('close', (code) => {
      const output = Buffer.concat(chunks).toString();
      process.stdout.write(`> ${label}\n${output}${output.endsWith('\n') || output === '' ? '' : '\n'}`);
      done(code ?? 1);
    });
  });
}

/** The newest modification time among the files under a folder (or of one file). */
function newest(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

/** dist/ is up to date when its bundle (written last by `npm run build`) is newer than every input. */
function built() {
  const bundle = statSync(join(ROOT, 'dist', 'sk-check.js'), { throwIfNoEntry: false });
  if (!bundle) return false;
  const inputs = ['src', 'scripts/bundle.mjs', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];
  return inputs.every((input) => newest(join(ROOT, input)) <= bundle.mtimeMs);
}

const statuses = await Promise.all([
  run('typecheck', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']),
  run('lint', bin('biome'), ['check', '.']),
]);
let status = statuses.find((code) => code !== 0) ?? 0;
if (status === 0) {
  if (built()) process.stdout.write('> build: dist/ is newer than its sources, not built again\n');
  else status = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' }).status ?? 1;
}
process.exit(status);
