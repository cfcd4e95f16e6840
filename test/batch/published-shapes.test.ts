import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/batch/batch.js';
import type { Document } from '../../src/model.js';
import { runCli } from '../cli/run-cli.js';

/** A decree published as a body and six lampiran files (fixtures/decrees/make-split.mjs). */
const SIX = 'fixtures/decrees/split/six';
interface Joined {
  number: string;
  files: string[];
  claims: Array<{ total: number; parts: Array<{ level: string; count: number; attachment?: string }> }>;
  rows: number;
  status: string;
  planted: Array<{ code: string; attachment: string; claimed: number; listed: number }>;
}
const truth = JSON.parse(readFileSync(join(SIX, 'joined.json'), 'utf8')) as Joined;
/** The same decree with one person listed in Lampiran I instead of II (make-split.mjs). */
const FAULT = 'fixtures/decrees/split-fault';
const faultTruth = JSON.parse(readFileSync(join(FAULT, 'joined.json'), 'utf8')) as Joined;

/** The same seeded order on every run: a Park-Miller generator, Fisher-Yates. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 48271) % 2147483647;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

interface Shown {
  source: string;
  status: string;
  sources?: string[];
  checked?: { message: string };
  unverified?: Array<{ reason: string; message: string; attachments?: string[] }>;
  claims: Joined['claims'];
  findings: Array<{ code: string; severity: string; message: string }>;
  counts: { total: number };
}

/** A claim as the truth states it: total, and each part's level, count and lampiran. */
const claimsOf = (doc: Shown | undefined) =>
  (doc?.claims ?? []).map((claim) => ({
    total: claim.total,
    parts: claim.parts.map(({ level, count, attachment }) => ({ level, count, attachment })),
  }));

const documents = (stdout: string): Shown[] => JSON.parse(stdout).documents;

/** What pairing made of the inputs, whatever their order and however they were named. */
function pairing(docs: readonly Shown[], root: string) {
  const rel = (path: string) => path.slice(path.indexOf(root) + root.length + 1);
  return docs
    .map((doc) => ({
      source: rel(doc.source),
      status: doc.status,
      sources: (doc.sources ?? []).map(rel).sort(),
      total: doc.counts.total,
    }))
    .sort((a, b) => (a.source < b.source ? -1 : 1));
}

const work = mkdtempSync(join(tmpdir(), 'sk-published-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a decree in seven files', () => {
  it.each([1, 7, 2026])('is one verified decree in any order of its files (seed %i)', async (seed) => {
    const files = shuffled(
      truth.files.map((file) => join(SIX, file)),
      seed,
    );
    const result = await runCli(['--format', 'json', ...files]);
    const docs = documents(result.stdout);
    expect(docs).toHaveLength(1);
    const [doc] = docs;
    expect(doc?.status).toBe(truth.status);
    expect(doc?.counts.total).toBe(truth.rows);
    expect(doc?.source).toBe(join(SIX, 'keputusan.docx'));
    expect([...(doc?.sources ?? [])].sort()).toEqual(truth.files.map((file) => join(SIX, file)).sort());
    // Each part names its lampiran, and was held to that file's rows.
    expect(claimsOf(doc)).toEqual(truth.claims);
    expect(doc?.checked?.message).toMatch(
      /against 8 rows of 6 lampiran files, each part against the lampiran it names$/,
    );
    expect(doc?.findings).toEqual([]);
    expect(result.code).toBe(0);
  });

  it.each([3, 11, 2027])(
    'with one person in the wrong lampiran, names both lampiran (seed %i)',
    async (seed) => {
      const files = shuffled(
        faultTruth.files.map((file) => join(FAULT, file)),
        seed,
      );
      const result = await runCli(['--format', 'json', ...files]);
      const docs = documents(result.stdout);
      expect(docs).toHaveLength(1);
      const [doc] = docs;
      expect(doc?.status).toBe('invalid');
      // The total (8) and the levels (3 + 3 + 2) agree: only the lampiran tell.
      expect(doc?.counts.total).toBe(faultTruth.rows);
      expect(doc?.findings.map((f) => [f.code, f.severity, f.message])).toEqual(
        faultTruth.planted.map((p) => [
          p.code,
          'error',
          `Lampiran ${p.attachment} lists ${p.listed}, the decree says ${p.claimed}`,
        ]),
      );
      expect(result.code).toBe(1);
    },
  );

  it('gives the report of the whole when the faulty files were checked in two shards and merged', async () => {
    // The body with Lampiran I in one shard (joined there, still waiting for II to VI), the rest in another.
    const files = faultTruth.files.map((file) => join(FAULT, file));
    const a = join(work, 'fault-a.ndjson');
    const b = join(work, 'fault-b.ndjson');
    writeFileSync(a, (await runCli(['--format', 'ndjson', ...files.slice(0, 2)])).stdout);
    writeFileSync(b, (await runCli(['--format', 'ndjson', ...files.slice(2)])).stdout);
    const merged = await runCli(['merge', '--format', 'ndjson', a, b]);
    const whole = await runCli(['--format', 'ndjson', ...files]);
    expect(merged.stdout).toBe(whole.stdout);
    expect(merged.stdout.trim().split('\n')).toHaveLength(2); // the decree, and the summary
    expect(merged.code).toBe(1);
  });

  const lampiran = truth.files.slice(1);
  it.each(lampiran.map((file, i) => [file, i] as const))(
    'without %s, is unverified and names the lampiran to pass',
    async (left, i) => {
      const numeral = /lampiran-([IVX]+)\./.exec(left)?.[1] as string;
      const files = shuffled(
        truth.files.filter((file) => file !== left).map((file) => join(SIX, file)),
        100 + i,
      );
      const result = await runCli(['--format', 'json', ...files]);
      const docs = documents(result.stdout);
      expect(docs).toHaveLength(1);
      const [doc] = docs;
      expect(doc?.status).toBe('unverified');
      expect(doc?.findings.filter((f) => f.severity === 'error')).toEqual([]);
      expect(doc?.unverified?.map((u) => [u.reason, u.attachments])).toEqual([
        ['attachment-missing', [numeral]],
      ]);
      expect(doc?.unverified?.[0]?.message).toContain(
        `pass the file of Lampiran ${numeral} (NOMOR ${truth.number})`,
      );
      expect(result.code).toBe(3);
    },
  );
});

describe('a folder holding every published shape', () => {
  // Split decrees, a list of the sworn-in under three decrees, a workbook of two decrees, decrees
  // whose lampiran are a workbook or CSV files.
  const root = join(work, 'arsip');
  mkdirSync(root);
  cpSync('fixtures/decrees/split', join(root, 'split'), { recursive: true });
  cpSync('fixtures/decrees/lists/sworn-in-calc.pdf', join(root, 'daftar-dilantik.pdf'));
  cpSync('fixtures/rosters/lampiran-two-decrees.xlsx', join(root, 'lampiran.xlsx'));
  // A body with its lampiran as a workbook, and another with its lampiran as CSV files.
  mkdirSync(join(root, 'split-xlsx'));
  for (const file of ['keputusan.docx', 'lampiran.xlsx'])
    cpSync(join('fixtures/decrees/split-xlsx', file), join(root, 'split-xlsx', file));
  cpSync('fixtures/decrees/split-csv', join(root, 'split-csv'), { recursive: true });
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? files(join(dir, entry.name))
        : /\.(pdf|docx|odt|xlsx|csv)$/.test(entry.name)
          ? [join(dir, entry.name)]
          : [],
    );

  it('pairs as the same files named on the command line, shuffled', async () => {
    const fromFolder = await runCli(['--format', 'json', root]);
    const listed = shuffled(files(root), 42);
    const fromList = await runCli(['--format', 'json', ...listed]);
    const folder = pairing(documents(fromFolder.stdout), 'arsip');
    expect(folder).toEqual(pairing(documents(fromList.stdout), 'arsip'));
    expect(fromFolder.code).toBe(fromList.code);
    // Both decrees in several files are one document each; the list and the workbook give one per decree.
    const joined = folder.filter((doc) => doc.sources.length > 0);
    expect(joined.map((doc) => [doc.source, doc.sources.length, doc.status])).toEqual([
      ['split-csv/keputusan.docx', 3, 'verified'],
      ['split-xlsx/keputusan.docx', 3, 'verified'],
      ['split/six/keputusan.docx', 7, 'verified'],
      ['split/split-body.docx', 3, 'verified'],
    ]);
    expect(joined.find((doc) => doc.source.startsWith('split-xlsx/'))?.sources).toEqual([
      'split-xlsx/keputusan.docx',
      'split-xlsx/lampiran.xlsx#LAMPIRAN I',
      'split-xlsx/lampiran.xlsx#LAMPIRAN II',
    ]);
    expect(folder.filter((doc) => doc.source.startsWith('daftar-dilantik.pdf#'))).toHaveLength(3);
    expect(folder.filter((doc) => doc.source.startsWith('lampiran.xlsx#'))).toHaveLength(2);
  });
});

/** A decree whose lampiran is a workbook, or CSV files (fixtures/decrees/make-split-xlsx.mjs). */
interface SheetJoined {
  number: string;
  body: string;
  sheets: string[];
  claims: Joined['claims'];
  appointees: Array<{ row: number; nip: string; level: string; attachment: string }>;
  rows: number;
  status: string;
  planted: Array<{ code: string; claimed: number; listed: number; level?: string; attachment?: string }>;
}
const XLSX = 'fixtures/decrees/split-xlsx';
const XLSX_FAULT = 'fixtures/decrees/split-xlsx-fault';
const CSV = 'fixtures/decrees/split-csv';
const sheetTruth = (dir: string) => JSON.parse(readFileSync(join(dir, 'joined.json'), 'utf8')) as SheetJoined;
const xlsx = sheetTruth(XLSX);
const xlsxFault = sheetTruth(XLSX_FAULT);
const csv = sheetTruth(CSV);

interface ShownRow {
  row: number;
  nip: string;
  level: string;
  attachment?: string;
  file?: string;
}
const rowsOf = (stdout: string): ShownRow[] =>
  (JSON.parse(stdout).documents[0]?.appointees ?? []).map(
    ({ row, nip, level, attachment, file }: ShownRow) => ({
      row,
      nip,
      level,
      attachment,
      file,
    }),
  );

/** The message count-mismatch gives for a planted fault. */
const plantedMessage = (p: SheetJoined['planted'][number]) =>
  p.attachment
    ? `Lampiran ${p.attachment} lists ${p.listed}, the decree says ${p.claimed}`
    : p.level
      ? `the decree says ${p.claimed} at eselon ${p.level}, the lampiran lists ${p.listed}`
      : `the decree says ${p.claimed} appointees, the lampiran lists ${p.listed}`;

describe('a decree whose lampiran is a workbook', () => {
  const book = join(XLSX, 'lampiran.xlsx');
  const sheets = xlsx.sheets.map((sheet) => join(XLSX, sheet));

  it.each([
    ['keputusan.docx', 1],
    ['keputusan.docx', 2],
    ['keputusan.pdf', 1],
    ['keputusan.pdf', 2],
  ])('is one verified decree: %s and the workbook (order %i)', async (body, order) => {
    const files = [join(XLSX, body), book];
    const result = await runCli(['--format', 'json', ...(order === 1 ? files : [...files].reverse())]);
    const docs = documents(result.stdout);
    expect(docs.map((doc) => [doc.source, doc.status])).toEqual([[join(XLSX, body), xlsx.status]]);
    // The body, then each sheet by its name in the book.
    expect(docs[0]?.sources).toEqual([join(XLSX, body), ...sheets]);
    expect(claimsOf(docs[0])).toEqual(xlsx.claims);
    expect(docs[0]?.checked?.message).toMatch(/each part against the lampiran it names$/);
    // Each row from its sheet, numbered through, and in the lampiran its sheet's title names.
    expect(rowsOf(result.stdout)).toEqual(
      xlsx.appointees.map(({ row, nip, level, attachment }) => ({
        row,
        nip,
        level,
        attachment,
        file: join(XLSX, `lampiran.xlsx#LAMPIRAN ${attachment}`),
      })),
    );
    expect(docs[0]?.findings).toEqual([]);
    expect(result.code).toBe(0);
  });

  it('says so in the text report', async () => {
    const result = await runCli([join(XLSX, 'keputusan.docx'), book]);
    expect(result.stdout).toContain(
      `2 files, one decree: ${join(XLSX, 'keputusan.docx')} + ${sheets.join(' + ')}`,
    );
    expect(result.stdout).toContain('against 9 rows of 2 lampiran in 1 file');
    expect(result.stdout).toMatch(/VERIFIED/);
    expect(result.code).toBe(0);
  });

  it.each([1, 2])(
    'with one person too many in Lampiran II, names what disagrees (order %i)',
    async (order) => {
      const files = [join(XLSX_FAULT, 'keputusan.docx'), join(XLSX_FAULT, 'lampiran.xlsx')];
      const result = await runCli(['--format', 'json', ...(order === 1 ? files : [...files].reverse())]);
      const docs = documents(result.stdout);
      expect(docs).toHaveLength(1);
      expect(docs[0]?.status).toBe('invalid');
      expect(docs[0]?.counts.total).toBe(xlsxFault.rows);
      expect(docs[0]?.findings.map((f) => [f.code, f.severity, f.message]).sort()).toEqual(
        xlsxFault.planted.map((p) => [p.code, 'error', plantedMessage(p)]).sort(),
      );
      expect(result.code).toBe(1);
    },
  );

  it('alone, gives each sheet as a lampiran with no claim to check', async () => {
    const result = await runCli(['--format', 'json', book]);
    const docs = documents(result.stdout);
    expect(docs.map((doc) => [doc.source, doc.status, doc.unverified?.map((u) => u.reason)])).toEqual(
      sheets.map((sheet) => [sheet, 'unverified', ['no-claim']]),
    );
    expect(result.code).toBe(3);
  });

  it('without the workbook, the body is unverified and names the number to pass', async () => {
    const result = await runCli(['--format', 'json', join(XLSX, 'keputusan.docx')]);
    const [doc, ...rest] = documents(result.stdout);
    expect(rest).toEqual([]);
    expect(doc?.status).toBe('unverified');
    expect(doc?.unverified?.map((u) => u.reason)).toEqual(['attachment-missing']);
    expect(doc?.unverified?.[0]?.message).toContain(`(NOMOR ${xlsx.number})`);
    expect(result.code).toBe(3);
  });

  it('gives the same bytes checked whole with one job or two, and in two shards merged', async () => {
    const files = [
      join(XLSX_FAULT, 'lampiran.xlsx'),
      join(XLSX, 'keputusan.pdf'),
      join(XLSX_FAULT, 'keputusan.docx'),
      book,
    ];
    const one = await runCli(['--format', 'ndjson', '--jobs', '1', ...files]);
    const two = await runCli(['--format', 'ndjson', '--jobs', '2', ...files]);
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout.trim().split('\n')).toHaveLength(3); // two decrees, and the summary
    const a = join(work, 'sheets-a.ndjson');
    const b = join(work, 'sheets-b.ndjson');
    writeFileSync(a, (await runCli(['--format', 'ndjson', ...files.slice(0, 2)])).stdout);
    writeFileSync(b, (await runCli(['--format', 'ndjson', ...files.slice(2)])).stdout);
    const merged = await runCli(['merge', '--format', 'ndjson', a, b]);
    expect(merged.stdout).toBe(one.stdout);
    expect(merged.code).toBe(1);
  });
});

describe('two copies of one body (the draft and the signed copy) beside its workbook', () => {
  const files = [join(XLSX, 'keputusan.docx'), join(XLSX, 'lampiran.xlsx'), join(XLSX, 'keputusan.pdf')];

  it('the first copy takes the lampiran; the other names it, never asks for files it was given', async () => {
    const whole = await runCli(['--format', 'ndjson', ...files]);
    const [first, second] = whole.stdout
      .trim()
      .split('\n')
      .slice(0, 2)
      .map((line) => JSON.parse(line) as Document);
    expect(first?.status).toBe('verified');
    expect(second?.status).toBe('unverified');
    expect(second?.unverified).toMatchObject([{ reason: 'attachment-missing', copyOf: files[0] }]);
    expect(second?.unverified?.[0]?.message).not.toMatch(/pass the lampiran file/);
    // In two shards, the copy alone in the second: merged, the same bytes.
    const a = join(work, 'copies-a.ndjson');
    const b = join(work, 'copies-b.ndjson');
    writeFileSync(a, (await runCli(['--format', 'ndjson', ...files.slice(0, 2)])).stdout);
    writeFileSync(b, (await runCli(['--format', 'ndjson', ...files.slice(2)])).stdout);
    expect((await runCli(['merge', '--format', 'ndjson', a, b])).stdout).toBe(whole.stdout);
  });
});

describe('a decree whose lampiran are CSV files', () => {
  const files = [csv.body, ...csv.sheets].map((file) => join(CSV, file));

  it.each([5, 8, 13])('is one verified decree in any order, in every format (seed %i)', async (seed) => {
    const order = shuffled(files, seed);
    const result = await runCli(['--format', 'json', ...order]);
    const docs = documents(result.stdout);
    expect(docs.map((doc) => [doc.source, doc.status])).toEqual([[files[0], csv.status]]);
    expect(docs[0]?.sources?.[0]).toBe(files[0]);
    expect([...(docs[0]?.sources ?? [])].sort()).toEqual([...files].sort());
    expect(claimsOf(docs[0])).toEqual(csv.claims);
    expect(
      rowsOf(result.stdout)
        .map(({ nip, attachment }) => [nip, attachment])
        .sort(),
    ).toEqual(csv.appointees.map(({ nip, attachment }) => [nip, attachment]).sort());
    // The text report keeps no rows of a roster, but a lampiran's join needs them.
    const text = await runCli(order);
    expect(text.stdout).toContain('3 files, one decree:');
    expect(text.code).toBe(0);
  });
});

describe('a CSV lampiran longer than the rows a report keeps in memory', () => {
  it('is still joined to its body, whatever the format spills', async () => {
    const files = ['keputusan.docx', 'lampiran-I.csv', 'lampiran-II.csv'].map((file) => join(CSV, file));
    // The command line spills past 5,000 rows for text and JSON; 1 makes every row spill here.
    const { documents } = await run(files, { spillAfter: 1, keepAppointees: false });
    expect(documents.map((doc) => [doc.status, doc.sources?.length])).toEqual([['verified', 3]]);
  });
});
