import { relative } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Files that replace a module with `vi.mock`: they need a module registry of their own. */
const ISOLATED = ['test/cli/debug.test.ts'];

/**
 * The files that take longest, longest first (measured with `--reporter=json`: end minus start of
 * each file). Vitest runs the longest first when its cache knows every file's time; a fresh clone
 * (CI) has no cache and would start them by size, leaving a 20 s file for the end on one core.
 */
const SLOWEST = [
  'test/limits/hostile-office.test.ts',
  'test/ocr/ocr.test.ts',
  'test/ocr/image.test.ts',
  'test/ocr/list-scan.test.ts',
  'test/cli/safe-output.test.ts',
  'test/limits/hostile-images.test.ts',
  'test/cli/slow-reader.test.ts',
  'test/readme-examples.test.ts',
  'test/limits/limits.test.ts',
  'test/package/pack.test.ts',
  'test/ocr/sk-month.test.ts',
  'test/pdf/pdf-engines.test.ts',
  'test/checks/false-alarms.test.ts',
  'test/fuzz/crashers.test.ts',
  'test/checks/presign-fixtures.test.ts',
  'test/cli/lang.test.ts',
  'test/fuzz/fuzz.test.ts',
  'test/cli/pipe.test.ts',
  'test/extract/matrix.test.ts',
  'test/cli/merge.test.ts',
  'test/cli/decree-cli.test.ts',
];

/**
 * Slowest first; or, with `TEST_FILE_SEED=<n>` in the environment, the files in a random order drawn
 * from that seed (to show that no file leans on what an earlier one left in the shared registry).
 */
class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const seed = process.env.TEST_FILE_SEED;
    if (seed) return shuffled(files, Number(seed));
    const sorted = await super.sort(files);
    const root = this.ctx.config.root;
    const path = (file: TestSpecification) => relative(root, file.moduleId);
    const known = files.every((file) =>
      this.ctx.cache.getFileTestResults(`${file.project.name}:${path(file)}`),
    );
    if (known) return sorted;
    const rank = (file: TestSpecification) => {
      const at = SLOWEST.indexOf(path(file));
      return at < 0 ? SLOWEST.length : at;
    };
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}

/** Fisher-Yates with a small seeded generator (mulberry32): the same seed, the same order. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

export default defineConfig({
  test: {
    testTimeout: 30_000,
    // Vitest's default on two cores is one file at a time; most slow files wait on child processes
    // (PDF workers, the binary), so two at a time keep both cores busy.
    maxWorkers: 2,
    // The text report and the help follow the locale: tests (and the binaries they spawn) read
    // English unless they ask for Indonesian, whatever the machine's locale.
    env: { LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' },
    sequence: { sequencer: SlowestFirst },
    projects: [
      {
        extends: true,
        // One module registry per worker, not one per file: a file no longer imports the reader,
        // PDFium and pdf.js afresh, which took about half the time of the unit tests. A file that
        // changes shared state (an environment variable, a spy) puts it back after its tests;
        // `TEST_FILE_SEED=<n> npx vitest run` now and then keeps the files independent.
        test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: ISOLATED, isolate: false },
      },
      { extends: true, test: { name: 'isolated', include: ISOLATED } },
    ],
  },
});
