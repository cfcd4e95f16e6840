import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/batch/batch.js';
import { DecreeJoiner } from '../../src/batch/join.js';
import type { Claim, Document, Finding } from '../../src/model.js';
import { checkedDocument } from '../../src/run.js';
import { AMINAH, BUDI, claimOf, decreeDoc, FAUZI, recordsOf } from '../checks/decree-doc.js';
import { runCli } from '../cli/run-cli.js';

const CLAIM = claimOf(3, ['III 1', 'IV 1', 'fungsional 1']);

function body(number?: string): Document {
  const doc = decreeDoc({ records: [], claims: [CLAIM], found: false, ...(number ? { number } : {}) });
  return checkedDocument({ ...doc, source: 'body.pdf' });
}

function lampiran(source: string, rows: Parameters<typeof recordsOf>[0], number?: string): Document {
  const doc = decreeDoc({ records: recordsOf(rows), claims: [], ...(number ? { number } : {}) });
  return checkedDocument({ ...doc, source });
}

function joinAll(docs: readonly Document[]): Document[] {
  const joiner = new DecreeJoiner();
  return [...docs.flatMap((doc) => joiner.take(doc)), ...joiner.finish()];
}

describe('a decree given in several files', () => {
  it('checks the body against the rows of all its lampiran files, in any order', () => {
    const parts = [lampiran('l2.pdf', [AMINAH]), body(), lampiran('l1.pdf', [FAUZI, BUDI])];
    expect(parts.map((doc) => doc.status)).toEqual(['unverified', 'unverified', 'unverified']);
    const [doc, ...rest] = joinAll(parts);
    expect(rest).toEqual([]);
    expect(doc?.status).toBe('verified');
    expect(doc?.sources).toEqual(['body.pdf', 'l2.pdf', 'l1.pdf']);
    expect(doc?.checked).toMatchObject({ claims: [0], rows: 3 });
    expect(doc?.checked?.message).toBe(
      'claim 3 = 1 eselon III + 1 eselon IV + 1 fungsional against 3 rows of 2 lampiran files',
    );
    expect(doc?.appointees.map((a) => [a.row, a.file])).toEqual([
      [1, 'l2.pdf'],
      [2, 'l1.pdf'],
      [3, 'l1.pdf'],
    ]);
    expect(doc?.unverified).toBeUndefined();
  });

  it('finds counts that disagree across the files, and a NIP in two of them', () => {
    const [doc] = joinAll([body(), lampiran('l1.pdf', [FAUZI, BUDI]), lampiran('l2.pdf', [FAUZI])]);
    expect(doc?.status).toBe('invalid');
    expect(doc?.findings.map((f) => [f.code, f.file, f.row])).toEqual([
      ['count-mismatch', undefined, undefined],
      ['count-mismatch', undefined, undefined],
      ['nip-duplicate', 'l2.pdf', 3],
    ]);
  });

  it('a second copy of the body (a draft beside its signed copy) says which copy took the lampiran', () => {
    const draft = { ...body(), source: 'draft.docx' };
    const docs = joinAll([draft, lampiran('l1.pdf', [FAUZI, BUDI, AMINAH]), body()]);
    expect(docs.map((doc) => [doc.source, doc.status])).toEqual([
      ['draft.docx', 'verified'],
      ['body.pdf', 'unverified'],
    ]);
    const [reason] = docs[1]?.unverified ?? [];
    expect(reason).toMatchObject({ reason: 'attachment-missing', copyOf: 'draft.docx' });
    expect(reason?.message).toMatch(/joined draft\.docx, another copy of this decree/);
    expect(reason?.message).not.toMatch(/pass the lampiran file/);
    // Alone, a body still asks for its lampiran.
    const [alone] = joinAll([body()]);
    expect(alone?.unverified?.[0]?.copyOf).toBeUndefined();
    expect(alone?.unverified?.[0]?.message).toMatch(/pass the lampiran file/);
  });

  it('keeps apart files of other decrees, and writes everything else at once', () => {
    const other = lampiran('other.pdf', [AMINAH], '800.1.3.3/99/BKPSDM/2026');
    const clean = checkedDocument({ ...decreeDoc(), source: 'clean.pdf' });
    const joiner = new DecreeJoiner();
    expect(joiner.take(body())).toEqual([]);
    expect(joiner.take(clean)).toEqual([clean]);
    expect(joiner.take(other)).toEqual([]);
    const left = joiner.finish();
    expect(left.map((doc) => [doc.source, doc.status, doc.sources])).toEqual([
      ['body.pdf', 'unverified', undefined],
      ['other.pdf', 'unverified', undefined],
    ]);
    // The body says which lampiran to look for.
    expect(left[0]?.unverified?.[0]).toMatchObject({
      reason: 'attachment-missing',
      number: body().decree?.number,
    });
    expect(left[0]?.unverified?.[0]?.message).toMatch(/NOMOR 800\.1\.3\.3\/Kep\.411\/BKPSDM\/2026/);
  });
});

/** A second eselon IV person. */
const RINA = {
  no: '1',
  nameNip: 'RINA MARLINA, A.Md.\nNIP. 19860411 201001 2 014',
  rankGrade: 'Penata Muda Tk. I (III/b)',
  echelon: 'IV.b',
  positionNew: 'Kepala Seksi Pemerintahan Desa',
};

/** A lampiran file headed `LAMPIRAN <numeral>`: its rows say so. */
function numbered(source: string, numeral: string, rows: Parameters<typeof recordsOf>[0]): Document {
  const doc = lampiran(source, rows);
  return { ...doc, appointees: doc.appointees.map((a) => ({ ...a, attachment: numeral })) };
}

/** A body whose parts name their lampiran: III in I, IV and fungsional in II, IV in III. */
const PER_LAMPIRAN: Claim = {
  ...claimOf(4, ['III 1', 'IV 1', 'fungsional 1', 'IV 1']),
  parts: claimOf(4, ['III 1', 'IV 1', 'fungsional 1', 'IV 1']).parts.map((part, i) => ({
    ...part,
    attachment: ['I', 'II', 'II', 'III'][i] as string,
  })),
};
function perLampiranBody(): Document {
  const doc = decreeDoc({ records: [], claims: [PER_LAMPIRAN], found: false });
  return checkedDocument({ ...doc, source: 'body.pdf' });
}

describe('a decree whose dictum counts per lampiran, given in several files', () => {
  const all = () => [
    perLampiranBody(),
    numbered('l3.pdf', 'III', [RINA]),
    numbered('l1.pdf', 'I', [FAUZI]),
    numbered('l2.pdf', 'II', [BUDI, AMINAH]),
  ];

  it('is verified when each lampiran file lists what its part says, in any order', () => {
    for (const parts of [all(), all().reverse()]) {
      const [doc, ...rest] = joinAll(parts);
      expect(rest).toEqual([]);
      expect(doc?.status).toBe('verified');
      expect(doc?.checked?.message).toMatch(
        /against 4 rows of 3 lampiran files, each part against the lampiran it names$/,
      );
    }
  });

  it('names each lampiran whose count differs, though the total and the levels agree', () => {
    // AMINAH (fungsional), counted in Lampiran II, is listed in Lampiran III.
    const [doc, ...rest] = joinAll([
      perLampiranBody(),
      numbered('l1.pdf', 'I', [FAUZI]),
      numbered('l2.pdf', 'II', [BUDI]),
      numbered('l3.pdf', 'III', [RINA, AMINAH]),
    ]);
    expect(rest).toEqual([]);
    expect(doc?.status).toBe('invalid');
    expect(doc?.findings.map((f) => [f.code, f.message])).toEqual([
      ['count-mismatch', 'Lampiran II lists 1, the decree says 2'],
      ['count-mismatch', 'Lampiran III lists 2, the decree says 1'],
    ]);
    expect(doc?.unverified).toBeUndefined();
  });

  it('stays unverified, naming the lampiran to pass, when one lampiran file is not among the inputs', () => {
    const [doc, ...rest] = joinAll(all().filter((part) => part.source !== 'l2.pdf'));
    expect(rest).toEqual([]);
    expect(doc?.status).toBe('unverified');
    expect(doc?.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(doc?.unverified).toEqual([
      expect.objectContaining({
        reason: 'attachment-missing',
        number: doc?.decree?.number,
        attachments: ['II'],
      }),
    ]);
    expect(doc?.unverified?.[0]?.message).toContain('pass the file of Lampiran II (NOMOR ');
  });

  it('joins a body that holds Lampiran I in its own pages with the file of Lampiran II', () => {
    const claim: Claim = {
      ...claimOf(2, ['III 1', 'IV 1']),
      parts: claimOf(2, ['III 1', 'IV 1']).parts.map((part, i) => ({
        ...part,
        attachment: ['I', 'II'][i] as string,
      })),
    };
    const records = recordsOf([FAUZI]).map((r) => ({ ...r, appointee: { ...r.appointee, attachment: 'I' } }));
    const alone = checkedDocument({ ...decreeDoc({ records, claims: [claim] }), source: 'body.pdf' });
    expect(alone.status).toBe('unverified');
    expect(alone.unverified?.map((u) => [u.reason, u.attachments])).toEqual([['attachment-missing', ['II']]]);
    const [doc, ...rest] = joinAll([alone, numbered('l2.pdf', 'II', [BUDI])]);
    expect(rest).toEqual([]);
    expect(doc?.status).toBe('verified');
    expect(doc?.sources).toEqual(['body.pdf', 'l2.pdf']);
    expect(doc?.appointees.map((a) => [a.row, a.attachment, a.file])).toEqual([
      [1, 'I', undefined],
      [2, 'II', 'l2.pdf'],
    ]);
  });

  it("says once that the body's own lampiran differs, after joining the others", () => {
    const claim: Claim = {
      ...claimOf(2, ['III 1', 'IV 1']),
      parts: claimOf(2, ['III 1', 'IV 1']).parts.map((part, i) => ({
        ...part,
        attachment: ['I', 'II'][i] as string,
      })),
    };
    // Lampiran I, in the body's pages, lists FAUZI and AMINAH: 2 where the body says 1.
    const records = recordsOf([FAUZI, AMINAH]).map((r) => ({
      ...r,
      appointee: { ...r.appointee, attachment: 'I' },
    }));
    const alone = checkedDocument({ ...decreeDoc({ records, claims: [claim] }), source: 'body.pdf' });
    expect(alone.findings.map((f) => f.message)).toEqual(['Lampiran I lists 2, the decree says 1']);
    const [doc] = joinAll([alone, numbered('l2.pdf', 'II', [BUDI])]);
    expect(doc?.findings.map((f) => [f.code, f.message])).toEqual([
      ['count-mismatch', 'Lampiran I lists 2, the decree says 1'],
      ['count-mismatch', 'the decree says 2 appointees, the lampiran lists 3'],
    ]);
    expect(doc?.unverified).toBeUndefined();
  });
});

/**
 * A workbook sheet (or CSV) read as a roster: its title rows give the decree's number and date
 * (`null` for one that does not), its rows carry no page, and a title `LAMPIRAN II` numbers them.
 */
function sheet(
  source: string,
  rows: Parameters<typeof recordsOf>[0],
  title: { number?: string | null; date?: string | null; numeral?: string; kind?: 'csv' } = {},
): Document {
  const records = recordsOf(rows).map(({ appointee, ...record }) => {
    const { page: _, ...rest } = appointee;
    return { ...record, appointee: title.numeral ? { ...rest, attachment: title.numeral } : rest };
  });
  const doc = decreeDoc({
    kind: title.kind ?? 'xlsx',
    records,
    claims: [],
    noParts: true,
    ...(title.number !== undefined ? { number: title.number } : {}),
    ...(title.date !== undefined ? { date: title.date } : {}),
  });
  return checkedDocument({ ...doc, source });
}

describe('a decree whose lampiran is a workbook sheet or a CSV', () => {
  it('joins the sheets that name its number and date, as it joins lampiran files', () => {
    const first = sheet('book.xlsx#SK 1', [FAUZI, BUDI]);
    const second = sheet('lampiran.csv', [AMINAH], { kind: 'csv' });
    // Alone, each sheet is a lampiran with no claim; the body has no lampiran.
    expect([first, second].map((doc) => [doc.kind, doc.status, doc.unverified?.[0]?.reason])).toEqual([
      ['xlsx', 'unverified', 'no-claim'],
      ['csv', 'unverified', 'no-claim'],
    ]);
    for (const parts of [
      [first, body(), second],
      [second, first, body()],
    ]) {
      const [doc, ...rest] = joinAll(parts);
      expect(rest).toEqual([]);
      // The body's kind and the decree's rules: every claim compared, so verified.
      expect([doc?.source, doc?.kind, doc?.status]).toEqual(['body.pdf', 'pdf', 'verified']);
      expect(doc?.sources?.[0]).toBe('body.pdf');
      expect([...(doc?.sources ?? [])].sort()).toEqual(['body.pdf', 'book.xlsx#SK 1', 'lampiran.csv']);
      expect(doc?.checked).toMatchObject({ claims: [0], rows: 3 });
      expect(doc?.appointees.map((a) => a.file).sort()).toEqual([
        'book.xlsx#SK 1',
        'book.xlsx#SK 1',
        'lampiran.csv',
      ]);
      expect(doc?.unverified).toBeUndefined();
    }
  });

  it("holds the body's claim to the sheets' rows: one person too many is an error", () => {
    const [doc, ...rest] = joinAll([body(), sheet('book.xlsx#SK 1', [FAUZI, BUDI, AMINAH, FAUZI_2])]);
    expect(rest).toEqual([]);
    expect(doc?.status).toBe('invalid');
    expect(doc?.findings.map((f) => [f.code, f.message])).toEqual([
      ['count-mismatch', 'the decree says 1 at eselon III, the lampiran lists 2'],
      ['count-mismatch', 'the decree says 3 appointees, the lampiran lists 4'],
    ]);
  });

  it("keeps a sheet's findings, at its cell and its row among the decree's", () => {
    const bad = sheet('book.xlsx#SK 2', [BUDI, AMINAH]);
    const nipInvalid: Finding = {
      code: 'nip-invalid',
      severity: 'error',
      message: 'NIP 197802302002122004: birth date 1978-02-30 is not a real date',
      row: 2,
      cell: "'SK 2'!B12",
    };
    const flagged = { ...bad, findings: [nipInvalid], status: 'invalid' as const };
    const [doc] = joinAll([body(), sheet('book.xlsx#SK 1', [FAUZI]), flagged]);
    expect(doc?.status).toBe('invalid');
    expect(doc?.findings).toEqual([{ ...nipInvalid, row: 3, file: 'book.xlsx#SK 2' }]);
  });

  it('counts each part against the sheet its title numbers (LAMPIRAN II)', () => {
    const all = () => [
      perLampiranBody(),
      sheet('book.xlsx#LAMPIRAN III', [RINA], { numeral: 'III' }),
      sheet('book.xlsx#LAMPIRAN I', [FAUZI], { numeral: 'I' }),
      sheet('book.xlsx#LAMPIRAN II', [BUDI, AMINAH], { numeral: 'II' }),
    ];
    const [doc] = joinAll(all());
    expect(doc?.status).toBe('verified');
    expect(doc?.checked?.message).toMatch(/each part against the lampiran it names$/);
    // AMINAH, counted in Lampiran II, listed in the sheet of Lampiran III.
    const [moved] = joinAll([
      perLampiranBody(),
      sheet('book.xlsx#LAMPIRAN I', [FAUZI], { numeral: 'I' }),
      sheet('book.xlsx#LAMPIRAN II', [BUDI], { numeral: 'II' }),
      sheet('book.xlsx#LAMPIRAN III', [RINA, AMINAH], { numeral: 'III' }),
    ]);
    expect(moved?.status).toBe('invalid');
    expect(moved?.findings.map((f) => f.message)).toEqual([
      'Lampiran II lists 1, the decree says 2',
      'Lampiran III lists 2, the decree says 1',
    ]);
  });

  it('follows the decree rules, not the roster rules: a row without a level counts at none', () => {
    const staff = sheet('book.xlsx#SK 1', [FAUZI, BUDI, NO_LEVEL]);
    // Alone, the sheet's every row was checked; joined, a row counted at no level cannot meet the claim.
    expect(staff.unverified?.map((u) => u.reason)).toEqual(['no-claim']);
    const [doc] = joinAll([body(), staff]);
    expect(doc?.status).toBe('invalid');
    expect(doc?.findings.map((f) => [f.code, f.severity, f.file, f.message])).toEqual([
      ['count-mismatch', 'error', undefined, 'the decree says 1 at fungsional, the lampiran lists 0'],
      // As the check says it of a PDF lampiran's rows (a roster alone is not held to levels).
      ['level-unknown', 'warning', 'book.xlsx#SK 1', '1 of 3 rows have no level (eselon): row 3'],
    ]);
    expect(doc?.unverified?.map((u) => [u.reason, u.count])).toEqual([['level-unknown', 1]]);
  });

  it('joins no roster that does not name the decree: no number, or no date', () => {
    const noNumber = sheet('export.csv', [FAUZI, BUDI, AMINAH], { number: null });
    const noDate = sheet('roster.xlsx', [FAUZI, BUDI, AMINAH], { date: null });
    const joiner = new DecreeJoiner();
    expect(joiner.take(noNumber)).toEqual([noNumber]);
    expect(joiner.take(noDate)).toEqual([noDate]);
    expect(joiner.take(body())).toEqual([]);
    const [alone, ...rest] = joiner.finish();
    expect(rest).toEqual([]);
    expect([alone?.source, alone?.status, alone?.sources]).toEqual(['body.pdf', 'unverified', undefined]);
  });

  it('joins no sheet of another decree, or of the same number on another date', () => {
    const other = sheet('book.xlsx#SK 9', [FAUZI, BUDI, AMINAH], { number: '800.1.3.3/99/BKPSDM/2026' });
    const later = sheet('book.xlsx#SK 1', [FAUZI, BUDI, AMINAH], { date: '2026-03-01' });
    const out = joinAll([body(), other, later]);
    expect(out.map((doc) => [doc.source, doc.status, doc.sources])).toEqual([
      ['body.pdf', 'unverified', undefined],
      ['book.xlsx#SK 9', 'unverified', undefined],
      ['book.xlsx#SK 1', 'unverified', undefined],
    ]);
  });
});

/** A second eselon III person (another NIP). */
const FAUZI_2 = {
  ...FAUZI,
  nameNip: 'RAHMAT HIDAYAT, S.T.\nNIP. 19720304 199803 1 003',
};
/** A row whose level nothing tells: no ESELON cell, a post that names none. */
const NO_LEVEL = {
  no: '3',
  nameNip: 'HJ. SITI AMINAH, S.SOS.\nNIP. 19780823 200212 2 004',
  rankGrade: 'Penata Tk. I (III/d)',
  echelon: '',
  positionNew: 'Staf',
};

const SPLIT = 'fixtures/decrees/split';
const expected = JSON.parse(readFileSync(join(SPLIT, 'joined.json'), 'utf8')) as {
  files: string[];
  rows: number;
  status: string;
};

describe('the split decree fixture (a Word body, a Word and a Writer lampiran)', () => {
  const files = expected.files.map((file) => join(SPLIT, file));

  it('reads as one decree from the command line in any order, with other files around it', async () => {
    const shuffled = [files[2], 'fixtures/rosters/sample-roster.csv', files[0], files[1]] as string[];
    const report = await run(shuffled);
    expect(report.documents.map((doc) => doc.source)).toEqual([
      'fixtures/rosters/sample-roster.csv',
      files[0],
    ]);
    const decree = report.documents[1];
    expect(decree?.status).toBe(expected.status);
    expect(decree?.sources).toEqual([files[0], files[2], files[1]]);
    expect(decree?.counts.total).toBe(expected.rows);
    expect(report.summary).toMatchObject({ documents: 2, verified: 2 });
  });

  it('pairs the same way from a folder, and says so in the text report', async () => {
    const result = await runCli([SPLIT]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('3 files, one decree:');
    expect(result.stdout).toContain('VERIFIED');
  });

  it('pairs the same way when the files were checked in two shards and merged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sk-join-'));
    const a = join(dir, 'a.ndjson');
    const b = join(dir, 'b.ndjson');
    writeFileSync(a, (await runCli(['--format', 'ndjson', files[0] as string])).stdout);
    writeFileSync(b, (await runCli(['--format', 'ndjson', files[1] as string, files[2] as string])).stdout);
    const merged = await runCli(['merge', '--format', 'ndjson', a, b]);
    const whole = await runCli(['--format', 'ndjson', ...files]);
    expect(merged.stdout).toBe(whole.stdout);
    expect(merged.code).toBe(0);
  });
});
