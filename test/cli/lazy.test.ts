import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Whether checking `input` loaded pdf.js (it announces itself as `globalThis.pdfjsLib`). */
const loadsPdfJs = (input: string) =>
  execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { run } from './dist/batch/batch.js';
       await run([${JSON.stringify(input)}]);
       process.stdout.write(String(globalThis.pdfjsLib !== undefined));`,
    ],
    { encoding: 'utf8' },
  );

describe('the PDF engine never loads in the main thread', () => {
  it.each([
    ['a CSV roster', 'fixtures/rosters/sample-roster.csv', 'false'],
    ['a press text', 'fixtures/press/kalsel-292.txt', 'false'],
    ['a decree (read in a worker process)', 'fixtures/decrees/sample-decree.pdf', 'false'],
  ])('%s', (_what, input, loaded) => {
    expect(loadsPdfJs(input)).toBe(loaded);
  });
});

/** The bundle's files a run loads before it reads anything: the entry and its static imports, transitively. */
function loadedAtStart(entry: string): string {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join('dist', file), 'utf8');
    // Static imports only (`import{...}from"./x.js"`, `import"./x.js"`); `import("./x.js")` waits for its input.
    for (const [, chunk] of code.matchAll(
      /\bimport(?:\{[^}]*\}from|\*\s*as\s*\w+\s*from|\s*\w+\s*from)?\s*"\.\/([^"]+)"/g,
    ))
      visit(chunk as string);
  };
  visit(entry);
  return [...seen].map((file) => readFileSync(join('dist', file), 'utf8')).join('\n');
}

describe('the command loads at start only what every run needs', () => {
  // A script calling sk-check once per CSV or press text pays for every file the bundle loads first.
  // Each of these loads when its input or command comes, not before (the bundle keeps function names).
  const start = loadedAtStart('sk-check.js');
  it.each([
    ['the decree reader', 'extractDecree'],
    ['the press reader', 'extractPress'],
    ['the Word and ODF reader', 'extractWordDecree'],
    ['the XLSX reader', 'extractXlsxRosters'],
    ['the glob library', 'isDynamicPattern'],
    ['the audit', 'auditDocuments'],
    ['the table picture of debug-table', 'traceSvg'],
  ])('not %s', (_what, name) => {
    expect(start).toContain('function checkInputs(');
    expect(start).not.toContain(`function ${name}(`);
  });
});

describe("a CSV run's start loads none of Node's modules it does not use", () => {
  it('neither child_process (commander), tty (chalk) nor zlib', () => {
    // The command as a script runs it, its output piped; Node's own list of the modules it loaded.
    const run = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `process.argv.splice(1, Infinity, 'bin/sk-check.js', 'fixtures/audit/sample-decree-roster.csv');
         process.on('exit', () => process.stderr.write(JSON.stringify(process.moduleLoadList)));
         await import('./bin/sk-check.js');`,
      ],
      { encoding: 'utf8' },
    );
    expect(run.stdout).toContain('CSV roster  VERIFIED');
    const loaded: string[] = JSON.parse(run.stderr);
    expect(loaded).toContain('NativeModule fs');
    for (const unused of ['child_process', 'tty', 'zlib'])
      expect(loaded).not.toContain(`NativeModule ${unused}`);
  });
});
