import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HTML_LABELS } from '../../src/formatters/html-labels.js';
import { HELP } from '../../src/i18n/help.js';
import { MESSAGES } from '../../src/i18n/messages.js';
import { REASONS, STATUS_WORDS } from '../../src/i18n/outcome.js';
import { UI } from '../../src/i18n/ui.js';
import { runCli } from '../cli/run-cli.js';

/**
 * Under `--lang id` no English sentence reaches a person: not in the help, not in a usage error, not
 * in an unreadable input's line, not in the text or HTML report. The English to look for is taken
 * from the catalogue itself (each English text of three words or more that the Indonesian does not
 * share), plus phrases English says and Indonesian never does.
 */

// A parameter a catalogue text is rendered with: the fixed words between two of them are searched.
const HOLE = '¤';
const holes: object = new Proxy(
  {},
  {
    get: (_, key) => (key === Symbol.toPrimitive ? () => HOLE : HOLE),
  },
);

type Both = { en: unknown; id: unknown };

function rendered(entry: Both): { en: string; id: string } | null {
  try {
    const say = (side: unknown) => (typeof side === 'function' ? String(side(holes)) : String(side));
    return { en: say(entry.en), id: say(entry.id) };
  } catch {
    // A text that computes with its parameters (a sum, a list) cannot take holes: its sample in
    // catalogue.test.ts renders it; the fixed phrases below still catch its English.
    return null;
  }
}

const words = (text: string) => text.split(/\s+/).filter((word) => /[A-Za-z]{2}/.test(word));

/** The fixed English runs of ≥ 3 words of every catalogue text that Indonesian does not also say. */
function cataloguePhrases(): string[] {
  const entries: Both[] = [
    ...Object.values(HELP),
    ...Object.values(UI),
    ...Object.values(MESSAGES),
    ...Object.values(REASONS),
    ...Object.values(STATUS_WORDS),
    ...Object.values(HTML_LABELS),
  ];
  const phrases = new Set<string>();
  for (const entry of entries) {
    const text = rendered(entry);
    if (!text || text.en === text.id) continue;
    for (const run of text.en.split(HOLE).flatMap((part) => part.split(/\{\w+\}/))) {
      // Placeholders and quoted examples (`--format csv`, `III/a`) are the same in both languages.
      const phrase = run.replace(/^[\s,.:;()'"`-]+|[\s,.:;()'"`-]+$/g, '');
      if (words(phrase).length < 3 || text.id.includes(phrase)) continue;
      phrases.add(phrase);
    }
  }
  return [...phrases];
}

/** English a translation would never keep; found as whole words. */
const ENGLISH = [
  'the',
  'is not',
  'cannot',
  'does not',
  'give',
  'refusing',
  'wrote',
  'no such',
  'not readable',
  'Usage',
  'Options',
  'invalid',
  'did you mean',
  'unknown',
  'missing',
  'argument',
  'too many',
  'rows',
];

const PHRASES = cataloguePhrases();

/** *sah* says a decree is legally valid, which no checker can judge (DOMAIN.md): never in Indonesian. */
const SAH = /(^|[^\p{L}-])sah($|[^\p{L}-])/iu;

/**
 * The English found in `output`: catalogue phrases and the fixed list. Usage notation is no sentence:
 * `[options]`, `<file>`, `[inputs...]` stay as commander writes them.
 */
function englishIn(text: string): string[] {
  const output = text.replace(/[[<][\w .|-]+[\]>]/g, '');
  const found = PHRASES.filter((phrase) => output.includes(phrase));
  if (SAH.test(output)) found.push('sah');
  for (const word of ENGLISH)
    if (new RegExp(`(^|[^\\w-])${word}($|[^\\w-])`, 'i').test(output)) found.push(word);
  return found;
}

/** What a person reads of an HTML report: its text, without markup, style or script. */
function visibleText(html: string): string {
  return html
    .replace(/<(style|script)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/g, ' ');
}

const ROSTER = 'fixtures/rosters/lampiran-sheet-export.csv';
const WORKBOOK = 'fixtures/rosters/lampiran-sheet.xlsx';
const DECREE = 'fixtures/decrees/sample-decree.pdf';
const FAULTS = 'fixtures/decrees/decree-faults.pdf';
const WORD = 'fixtures/decrees/decree-faults.docx';
const ODT = 'fixtures/decrees/decree-borderless.odt';
const PRESS = 'fixtures/press/kalsel-292.txt';
const OTHER = 'fixtures/others/attendance-recap.pdf';
const AUDIT = [
  'fixtures/decrees/sample-decree.pdf',
  'fixtures/audit/sample-decree-roster.csv',
  'fixtures/audit/sample-decree-press.txt',
];

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sk-no-english-'));
  writeFileSync(join(dir, 'empty.csv'), '');
  writeFileSync(join(dir, 'a-file'), 'not a folder');
  // A ZIP that is no ZIP past its signature, named as a Word document.
  writeFileSync(
    join(dir, 'broken.docx'),
    Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64, 7)]),
  );
  writeFileSync(join(dir, 'not-a-shard.ndjson'), '{"summary":1}\nthis is not JSON\n');
  writeFileSync(join(dir, 'not-a-document.ndjson'), '{"source":1}\n');
  mkdirSync(join(dir, 'svg'));
});
afterAll(() => {
  // Left for the OS: the folder is small, and a failure is easier to look at with it.
});

const COMMANDS = ['check', 'extract', 'merge', 'audit', 'rules', 'debug-table', 'schema'];

/** sk-check `args` with `--lang id` (after the command, if one is named): stdout and stderr. */
async function id(args: string[]): Promise<string> {
  const [first, ...rest] = args;
  const argv =
    first !== undefined && COMMANDS.includes(first)
      ? [first, '--lang', 'id', ...rest]
      : ['--lang', 'id', ...args];
  const result = await runCli(argv, { env: {} });
  return `${result.stdout}\n${result.stderr}`;
}

describe('the English check itself', () => {
  it('takes phrases from the catalogue', () => {
    expect(PHRASES.length).toBeGreaterThan(200);
    expect(PHRASES).toContain('give a whole number of 1 or more');
    expect(PHRASES).toContain('refusing to write the report over an input file');
  });

  it('finds English in a deliberately English sample, and none in its Indonesian', () => {
    expect(englishIn('sk-check: give a page number of 1 or more\n')).toEqual(
      expect.arrayContaining(['give a page number of 1 or more', 'give']),
    );
    expect(englishIn('roster.csv: the folder out does not exist (output-folder-missing)')).toEqual(
      expect.arrayContaining(['the', 'does not']),
    );
    expect(englishIn('sk-check: berikan nomor halaman, paling sedikit 1\n')).toEqual([]);
    expect(englishIn("nilai 'x' untuk opsi '--jobs <n>' tidak sah")).toEqual(['sah']);
    // Codes and file names keep their English words: `file-unreadable`, `missing-rows.csv`.
    expect(englishIn('a/missing-rows.csv: berkas tidak ada (file-unreadable)')).toEqual([]);
  });
});

describe('--lang id says no English', () => {
  it.each([[[]], [['--help']], ...COMMANDS.map((command) => [[command, '--help']])])(
    'help: %j',
    async (args) => {
      expect(englishIn(await id(args))).toEqual([]);
    },
  );

  it.each([
    ['an unknown format', ['--format', 'xml', ROSTER]],
    ['jobs not a number', ['--jobs', '0', ROSTER]],
    ['a delimiter of two characters', ['--delimiter', 'ab', ROSTER]],
    ['a count that is no number', ['--max-pages', 'x', ROSTER]],
    ['a size that is no size', ['--max-bytes', 'lots', ROSTER]],
    ['seconds that are no number', ['--timeout', 'soon', ROSTER]],
    ['OCR pages that are no number', ['--ocr-max-pages', '0', ROSTER]],
    ['a page of 0', ['debug-table', '--page', '0', DECREE]],
    ['an unknown option', ['--bogus', ROSTER]],
    ['a missing option value', [ROSTER, '--sheet']],
    ['a missing argument', ['merge']],
    ['too many arguments', ['rules', 'a', 'b']],
    ['an unknown finding code', ['rules', 'nip-mangle']],
    ['no inputs', ['check']],
    ['--kind without standard input', ['--kind', 'roster', ROSTER]],
    ['standard input twice', ['-', '-']],
    ['two passwords', ['--password', 'a', '--password-file', 'b', DECREE]],
    ['an unreadable password file', ['--password-file', '/no/such/password', DECREE]],
    ['the output over the input', ['-o', ROSTER, ROSTER]],
    ['an unreadable list of files', ['--files-from', '/no/such/list.txt']],
    ['an audit format', ['audit', '--format', 'xlsx', ...AUDIT]],
    ['xlsx without a file', ['--format', 'xlsx', ROSTER]],
  ])('usage error: %s', async (_, args) => {
    expect(englishIn(await id(args))).toEqual([]);
  });

  it('output errors: a folder that is missing, a file where a folder should be', async () => {
    for (const out of [join(dir, 'no', 'report.txt'), join(dir, 'a-file', 'report.txt')]) {
      expect(englishIn(await id(['-o', out, ROSTER]))).toEqual([]);
      expect(englishIn(await id(['audit', '-o', out, ...AUDIT]))).toEqual([]);
    }
  });

  it('unreadable inputs: missing, a folder, empty, a broken Word package', async () => {
    const output = await id(['/no/such/roster.csv', dir, join(dir, 'empty.csv'), join(dir, 'broken.docx')]);
    expect(output).toContain('berkas tidak ada');
    expect(englishIn(output)).toEqual([]);
  });

  it('merge: a shard missing, one not JSON, one not a document', async () => {
    const output = await id([
      'merge',
      join(dir, 'hilang.ndjson'),
      join(dir, 'not-a-shard.ndjson'),
      join(dir, 'not-a-document.ndjson'),
    ]);
    expect(output).toContain('bukan laporan bagian');
    expect(englishIn(output.replace(/\(source: [^)]*\)/g, ''))).toEqual([]);
  });

  it('debug-table: a CSV, a page without the lampiran, the pictures it wrote', async () => {
    expect(englishIn(await id(['debug-table', ROSTER]))).toEqual([]);
    expect(englishIn(await id(['debug-table', '--page', '1', DECREE]))).toEqual([]);
    const wrote = await id(['debug-table', '-o', join(dir, 'svg'), DECREE]);
    expect(readdirSync(join(dir, 'svg')).length).toBeGreaterThan(0);
    expect(englishIn(wrote)).toEqual([]);
  });

  const inputs = [ROSTER, WORKBOOK, DECREE, FAULTS, WORD, ODT, PRESS, OTHER];

  it('the text report of every kind of input', async () => {
    const output = await id(['--all', ...inputs]);
    expect(output).toContain('daftar nominatif CSV');
    expect(englishIn(output)).toEqual([]);
  });

  it('the HTML report of every kind of input', async () => {
    const file = join(dir, 'report.html');
    const output = await id(['--format', 'html', '-o', file, ...inputs]);
    expect(englishIn(output)).toEqual([]);
    expect(englishIn(visibleText(readFileSync(file, 'utf8')))).toEqual([]);
  });

  it('the audit, as text', async () => {
    expect(englishIn(await id(['audit', ...AUDIT]))).toEqual([]);
  });

  it('the rules, all and one', async () => {
    expect(englishIn(await id(['rules']))).toEqual([]);
    expect(englishIn(await id(['rules', 'nip-mangled']))).toEqual([]);
  });
});
