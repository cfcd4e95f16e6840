import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/checks/index.js';
import { formatRulesMarkdown } from '../src/formatters/rules.js';
import { DEFAULT_LIMITS, DEFAULT_MAX_BYTES } from '../src/limits.js';

// The docs say what the code does and quote no figure of their own: a speed or memory figure lives
// in docs/benchmarks.md (written by `npm run bench`), and an option is one `--help` lists.
// Needs dist/ (`npm run build`): the options come from the built command's help.

const DOCS = [
  'README.md',
  'ARCHITECTURE.md',
  'CONTRIBUTING.md',
  ...readdirSync('docs')
    .filter((name) => name.endsWith('.md') && name !== 'benchmarks.md')
    .map((name) => `docs/${name}`),
];
const read = (file: string) => readFileSync(file, 'utf8');

/** A time, a size, a ratio or a share of a rate: `0.68 s`, `123 MB`, `1.40x`, `0.71 of`. */
const FIGURE = /(?<![\w.,])(\d+(?:[.,]\d+)*)\s?(ms|s|KB|MB|GB|x|×|of)(?![\w])/g;

/**
 * The paragraph after `<!-- suite-time -->` in CONTRIBUTING.md: the test suite's own time, measured
 * by running `.ci/run` in a fresh clone (issue 28 asks for it there), not by `npm run bench`.
 */
function withoutSuiteTime(text: string): string {
  return text.replace(/<!-- suite-time[^>]*-->\n[\s\S]*?(?:\n\n|$)/g, '\n');
}

function figures(text: string): string[] {
  return [...text.matchAll(FIGURE)]
    .filter(([, number, unit]) => unit !== 'of' || (number ?? '').includes('.'))
    .map(([, number, unit]) => `${number} ${unit === '×' ? 'x' : unit}`);
}

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;
const sizes = (bytes: number) =>
  bytes % GiB === 0 ? [`${bytes / GiB} GB`] : bytes % MiB === 0 ? [`${bytes / MiB} MB`] : [];

/**
 * Figures that are settings, not measurements: the default limits (from the code itself) and a few
 * constants the docs explain, each with where it lives.
 */
const SETTINGS = new Set([
  ...[
    DEFAULT_LIMITS.maxInflatedBytes,
    DEFAULT_LIMITS.maxShardLine,
    ...Object.values(DEFAULT_MAX_BYTES),
  ].flatMap(sizes),
  `${DEFAULT_LIMITS.timeout} s`,
  `${DEFAULT_LIMITS.ocrPageTimeout} s`,
  '1 s', // HARD_LIMIT_GRACE_MS in src/batch/batch.ts: a worker busy this long past --timeout is killed
  '2 s', // --timeout + 2 s: when a run with a stuck worker has ended (the grace and the exit)
  '5 s', // how long an idle worker process of the library API waits for the next call (src/batch/pool.ts)
  '150 MB', // WORKER_BYTES in src/batch/batch.ts: the memory --jobs reckons a worker process takes
  '16 MB', // a roster this big or bigger is read in two threads (src/roster/split.ts)
  '64 KB', // what each roster thread reads at a time, and how far ahead the split looks
  '1.5 GB', // the heap of the thread exceljs reads a big workbook in (src/sources/xlsx.ts)
  '2 GB', // WebAssembly's memory, where PDFium stops
]);

function helpText(args: string[]): string {
  const result = spawnSync(process.execPath, ['bin/sk-check.js', ...args], { encoding: 'utf8' });
  return result.stdout;
}

/** Every option `sk-check --help` and `sk-check <command> --help` list. */
function options(): Set<string> {
  const main = helpText(['--help']);
  const commands = [...(/\nCommands:\n([\s\S]*?)\n\n/.exec(main)?.[1] ?? '').matchAll(/^ {2}([a-z-]+)/gm)]
    .map((m) => m[1] as string)
    .filter((command) => command !== 'help');
  const texts = [main, ...commands.map((command) => helpText([command, '--help']))];
  return new Set(
    texts.flatMap((text) => [...text.matchAll(/(?<![\w-])--[a-z][a-z0-9-]*/g)].map((m) => m[0])),
  );
}

const optionsIn = (text: string) => [...text.matchAll(/(?<![\w-])--[a-z][a-z0-9-]*/g)].map((m) => m[0]);

/** The options of sk-check a command line names: those after the word `sk-check`, pipe by pipe. */
function commandOptions(line: string): string[] {
  return line.split(/\||&&|;/).flatMap((part) => {
    const at = /(?:^|[\s'"(])sk-check\s(.*)$/.exec(part);
    return at ? optionsIn(at[1] as string) : [];
  });
}

/**
 * The options a doc names as sk-check's: on its command lines (fenced or inline), in inline code that
 * starts with a dash (`--timeout SECONDS`, `-o, --output`), and bare in prose. Code about other tools
 * (`npm run fuzz -- --seed 7`, node's flags) is not sk-check's.
 */
function namedOptions(text: string): string[] {
  const named: string[] = [];
  const prose = text.replace(/^ *```[^\n]*\n([\s\S]*?)^ *```/gm, (_, block: string) => {
    for (const line of block.split('\n')) named.push(...commandOptions(line));
    return ' ';
  });
  const bare = prose.replace(/`([^`]+)`/g, (_, span: string) => {
    named.push(...(span.startsWith('-') ? optionsIn(span) : commandOptions(span)));
    return ' ';
  });
  named.push(...optionsIn(bare));
  return named;
}

describe('the docs', () => {
  const bench = read('docs/benchmarks.md');
  const measured = new Set(figures(bench));

  it('lists the docs it holds to account', () => {
    expect(DOCS).toContain('docs/speed.md');
    expect(bench).toMatch(/cores/);
    expect(measured.size).toBeGreaterThan(10);
  });

  for (const file of DOCS)
    it(`${file} quotes no speed or memory figure that docs/benchmarks.md does not hold`, () => {
      const stray = figures(withoutSuiteTime(read(file))).filter(
        (figure) => !measured.has(figure) && !SETTINGS.has(figure),
      );
      expect(stray).toEqual([]);
    });

  it('leaves out only the suite-time paragraph of CONTRIBUTING.md, which the bench does not measure', () => {
    const text = 'a 12 s run\n\n<!-- suite-time -->\n- 270 s in a fresh clone\n\nthen 3 MB';
    expect(figures(withoutSuiteTime(text))).toEqual(['12 s', '3 MB']);
  });

  it('finds figures where they are', () => {
    expect(figures('took 0.678 s, 96 MB peak, 9.79x pdftotext, 0.71 of the rate, 2× slower')).toEqual([
      '0.678 s',
      '96 MB',
      '9.79 x',
      '0.71 of',
      '2 x',
    ]);
    expect(figures('12 orang, 3 of 4, bytes 0x81 and 0x8D, NIP 1970, III/a')).toEqual([]);
  });

  const known = options();

  it('reads the options from --help', () => {
    for (const option of ['--format', '--timeout', '--page', '--help', '--version'])
      expect(known).toContain(option);
  });

  for (const file of DOCS)
    it(`${file} names only options sk-check --help lists`, () => {
      const unknown = namedOptions(read(file)).filter((option) => !known.has(option));
      expect([...new Set(unknown)]).toEqual([]);
    });

  it('tells sk-check options from other tools', () => {
    const text = [
      '```sh',
      "find a -name '*.pdf' | sk-check --files-from - --frobnicate",
      'npm run fuzz -- --seed 7',
      '```',
      'Run `npm install -g --prefix x` or `--timeout 5`, and --ocr; `sk-check --bogus a.pdf`.',
    ].join('\n');
    expect(namedOptions(text)).toEqual(['--files-from', '--frobnicate', '--timeout', '--bogus', '--ocr']);
  });
});

describe('links between the docs', () => {
  for (const file of DOCS)
    it(`${file} links only to files that exist`, () => {
      const targets = [...read(file).matchAll(/\]\(([^)\s]+)\)/g)]
        .map((m) => (m[1] as string).replace(/#.*$/, ''))
        .filter((target) => target !== '' && !/^[a-z]+:/.test(target))
        .map((target) => join(dirname(file), target));
      expect(targets.filter((target) => !existsSync(target))).toEqual([]);
    });
});

describe('docs/rules.md', () => {
  it('carries the finding-code table of the registry, exactly', () => {
    const table = /<!-- rules:start -->\n([\s\S]*?)<!-- rules:end -->/.exec(read('docs/rules.md'))?.[1];
    expect(table).toBe(formatRulesMarkdown(RULES));
  });
});
