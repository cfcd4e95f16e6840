import { execFileSync } from 'node:child_process';
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
