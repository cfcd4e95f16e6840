import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// Every `sk-check ...` command in a fenced block of the README runs as written, on the bundled
// fixtures: a reader who copies one gets a report, not a stack trace. Each runs in bash, in a
// scratch folder that sees the repository's fixtures (so `-o laporan.html` or `> report.json` land
// there, not in the checkout), with `sk-check` the built command (`node bin/sk-check.js`; run
// `npm run build` first).

const ROOT = resolve('.');
const README = readFileSync('README.md', 'utf8');

/**
 * Examples not run here, each with why. Keep this short: an example that cannot run on the fixtures
 * is better rewritten so it can.
 */
const SKIPPED: readonly RegExp[] = [
  // OCR recognises pages for many seconds (its own tests cover it); none in the README now.
  /--ocr\b/,
];

interface Example {
  command: string;
  /** The output the README shows under a `$ sk-check ...` line, with `...` where lines are left out. */
  shown: string[];
}

function examples(markdown: string): Example[] {
  const found: Example[] = [];
  for (const [, block] of markdown.matchAll(/^```[^\n]*\n([\s\S]*?)^```/gm)) {
    let current: Example | undefined;
    for (const line of (block as string).split('\n')) {
      const prompt = line.startsWith('$ ');
      const text = prompt ? line.slice(2) : line;
      if (/(?:^|\|\s*|^[A-Z_]+=\S+\s+)sk-check\s/.test(text)) {
        current = { command: text, shown: [] };
        found.push(current);
        if (!prompt) current = undefined;
      } else if (current && line !== '') current.shown.push(line);
    }
  }
  return found;
}

const scratch = mkdtempSync(join(tmpdir(), 'sk-check-readme-'));
symlinkSync(join(ROOT, 'fixtures'), join(scratch, 'fixtures'), 'dir');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function runExample(command: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const bin = JSON.stringify(join(ROOT, 'bin/sk-check.js'));
  const script = `set -o pipefail\nsk-check() { node ${bin} "$@"; }\n${command}\n`;
  const env = { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '', NO_COLOR: '1' };
  return new Promise((done) => {
    execFile(
      'bash',
      ['-c', script],
      { cwd: scratch, encoding: 'utf8', env, timeout: 120_000 },
      (error, stdout, stderr) => {
        const status = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        done({ status, stdout, stderr });
      },
    );
  });
}

// Concurrent: each example waits on its own process, and a few at a time keep two cores busy.
describe.concurrent('the README examples', () => {
  const all = examples(README);

  it('finds the examples, and the everyday ones use fixtures that exist', () => {
    expect(all.length).toBeGreaterThan(10);
    expect(all.some((example) => example.shown.length > 0)).toBe(true);
  });

  for (const { command, shown } of all) {
    const skip = SKIPPED.some((pattern) => pattern.test(command));
    it.skipIf(skip)(
      `runs: ${command}`,
      async () => {
        // A path to a fixture names one that exists (a pattern is left to sk-check, which says so).
        for (const [path] of command.matchAll(/fixtures\/[^\s'"*?[{]+(?=[\s'"]|$)/g))
          expect(existsSync(join(ROOT, path)), path).toBe(true);
        const result = await runExample(command);
        expect(result.status, result.stderr).not.toBeNull();
        expect([0, 1, 2, 3], result.stderr).toContain(result.status);
        expect(result.stderr).not.toMatch(/^\s+at |Error:/m);
        // What the README shows is what the command prints, in order, with `...` for lines left out.
        const lines = result.stdout.split('\n').map((line) => line.trimEnd());
        let at = 0;
        for (const line of shown.filter((text) => text.trim() !== '...')) {
          const found = lines.indexOf(line.trimEnd(), at);
          expect(found, `README shows a line the command does not print: ${line}`).toBeGreaterThanOrEqual(0);
          at = found + 1;
        }
      },
      120_000,
    );
  }
});
