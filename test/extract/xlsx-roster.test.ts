import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/batch/batch.js';
import { checkInputs } from '../../src/run.js';
import { runCli } from '../cli/run-cli.js';

const WORKBOOK = 'fixtures/rosters/roster-workbook.xlsx';

async function document(options: Parameters<typeof run>[1] = {}) {
  const doc = (await run([WORKBOOK], options)).documents[0];
  if (!doc) throw new Error('no document');
  return doc;
}

describe('roster-workbook.xlsx', () => {
  it('every planted fault, at its record and its cell, and nothing else', async () => {
    const doc = await document();
    expect(doc.kind).toBe('xlsx');
    expect(doc.findings.map((f) => `${f.code}@${f.row} ${f.cell}`)).toEqual([
      'sheet-skipped@undefined undefined',
      'nip-mangled@3 Lampiran!C10',
      'nip-mangled@7 Lampiran!C14',
      'grade-below-echelon@9 Lampiran!F16',
      'nip-duplicate@14 Lampiran!C21',
      'nip-invalid@16 Lampiran!C23',
    ]);
  });

  it('reads past title rows, the merged JABATAN header, the numbering row and the totals row', async () => {
    const doc = await document();
    expect(doc.decree?.number).toBe('800.1.3.3/03-02/BKD/2026');
    expect(doc.counts.total).toBe(18);
    const first = doc.appointees[0];
    expect(first?.positionOld).toBe('Pengelola Keuangan');
    expect(first?.positionNew).toBe('Sekretaris Badan Kepegawaian Daerah');
    expect(doc.appointees.map((a) => a.row)).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
  });

  it('tells a clerk to type the lost NIPs again: the workbook is the damaged copy', async () => {
    const mangled = (await document()).findings.filter((f) => f.code === 'nip-mangled');
    expect(mangled.map((f) => f.message)).toEqual([
      expect.stringMatching(
        /^NIP 1\.\d{5}E\+17 was turned into a number by a spreadsheet; .*type the NIPs again/,
      ),
      expect.stringMatching(
        /^NIP \d{15}000 was turned into a number by a spreadsheet; .*type the NIPs again/,
      ),
    ]);
  });

  it('keeps text NIPs exact (also with an apostrophe or spaces) and leaves damaged ones empty', async () => {
    const doc = await document();
    const nips = doc.appointees.map((a) => a.nip);
    expect(nips[2]).toBeNull();
    expect(nips[6]).toBeNull();
    expect(nips.filter((nip) => nip === null)).toHaveLength(2);
    for (const nip of nips) if (nip !== null) expect(nip).toMatch(/^\d{18}$/);
  });

  it('--sheet chooses the recap sheet, which has no roster header', async () => {
    const doc = await document({ xlsx: { sheet: 'Rekap' } });
    expect(doc.status).toBe('unreadable');
    expect(doc.findings.map((f) => f.code)).toEqual(['roster-header-missing']);
  });

  it('reads the same from a buffer as from the file', async () => {
    const data = readFileSync(WORKBOOK);
    const fromBuffer = (await run([{ name: WORKBOOK, data }])).documents[0];
    expect(fromBuffer).toEqual(await document());
  });
});

describe('sk-check on workbooks', () => {
  it('a sheet that does not exist is an unreadable input naming the sheets (exit 2)', async () => {
    const result = await runCli([WORKBOOK, '--sheet', 'Lampiran II']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `sk-check: ${WORKBOOK}: no sheet "Lampiran II" in the workbook; it has 1 "Lampiran", 2 "Rekap" (sheet-missing)`,
    );
  });

  it('--sheet 1 is the roster; text lines and CSV rows carry the cell', async () => {
    const text = await runCli([WORKBOOK, '--sheet', '1']);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(
      /row 3 \(Fajar Nugroho\), cell Lampiran!C10: NIP 1\.\d{5}E\+17 was turned into a number/,
    );
    const csv = await runCli([WORKBOOK, '--format', 'csv']);
    expect(csv.stdout.split('\n')[0]).toBe(
      'source,code,severity,page,row,field,message,cell,person,line,outcome',
    );
    expect(csv.stdout).toMatch(/,nip-mangled,error,,3,nip,.*,Lampiran!C10,Fajar Nugroho,,invalid\n/);
  });
});

/** What make-xlsx.mjs laid out in the workbook of two decrees. */
interface BookTruth {
  file: string;
  sheets: string[];
  documents: Array<{
    source: string;
    sheet: string;
    decree: { number: string; date: string };
    appointees: Array<{ row: number; name: string; nip: string; grade: string; echelon: string | null }>;
    findings: Array<{ code: string; row: number; cell: string }>;
  }>;
  skipped: Array<{ sheet: string; position: number }>;
}

const TWO = 'fixtures/rosters/lampiran-two-decrees.xlsx';
const BOOK = JSON.parse(
  readFileSync('fixtures/rosters/lampiran-two-decrees.truth.json', 'utf8'),
) as BookTruth;

describe('lampiran-two-decrees.xlsx: every sheet with people is read', () => {
  it('each sheet with its own title rows is its own decree, named by file and sheet', async () => {
    const docs = await checkInputs(TWO);
    expect(docs.map((doc) => doc.source)).toEqual(
      BOOK.documents.map((doc) => doc.source.replace(BOOK.file, TWO)),
    );
    docs.forEach((doc, i) => {
      const want = BOOK.documents[i];
      expect([doc.kind, doc.decree?.number, doc.decree?.date]).toEqual([
        'xlsx',
        want?.decree.number,
        want?.decree.date,
      ]);
      expect(
        doc.appointees.map(({ row, name, nip, grade, echelon }) => ({ row, name, nip, grade, echelon })),
      ).toEqual(
        want?.appointees.map(({ row, name, nip, grade, echelon }) => ({ row, name, nip, grade, echelon })),
      );
      expect(doc.unverified?.map((u) => u.reason)).toEqual(['no-claim']);
    });
  });

  it("finds each sheet's faults at that sheet's cells, and names the sheets it did not read", async () => {
    const docs = await checkInputs(TWO);
    const skipped = BOOK.skipped.map(({ sheet, position }) => ({
      code: 'sheet-skipped',
      severity: 'info',
      message: `sheet "${sheet}" (${position} of ${BOOK.sheets.length}) holds no table of people with NIPs: not read`,
    }));
    expect(docs.map((doc) => doc.findings.map(({ code, row, cell }) => ({ code, row, cell })))).toEqual([
      skipped.map(({ code }) => ({ code, row: undefined, cell: undefined })),
      ...BOOK.documents.slice(1).map((doc) => doc.findings),
    ]);
    expect(docs[0]?.findings).toEqual(skipped);
    expect(docs.map((doc) => doc.status)).toEqual(['unverified', 'invalid']);
  });

  it('--sheet still reads the one sheet named, under the file name alone', async () => {
    const [doc, ...rest] = await checkInputs(TWO, { xlsx: { sheet: 'SK 015' } });
    expect(rest).toEqual([]);
    expect([doc?.source, doc?.decree?.number, doc?.counts.total]).toEqual([
      TWO,
      BOOK.documents[1]?.decree.number,
      6,
    ]);
    expect(doc?.findings.map((f) => f.code)).toEqual(['nip-invalid']);
  });

  it('a workbook with one sheet of people keeps its name and lists the sheet it skipped', async () => {
    const [doc, ...rest] = await checkInputs(WORKBOOK);
    expect(rest).toEqual([]);
    expect(doc?.source).toBe(WORKBOOK);
    expect(doc?.findings.filter((f) => f.code === 'sheet-skipped').map((f) => f.message)).toEqual([
      'sheet "Rekap" (2 of 2) holds no table of people with NIPs: not read',
    ]);
  });
});
