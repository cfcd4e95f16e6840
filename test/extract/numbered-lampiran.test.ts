import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { numberAttachments } from '../../src/extract/attachment-sections.js';
import { attachmentNumeralOf } from '../../src/extract/decree-text.js';
import type { AttachmentTable } from '../../src/extract/document.js';
import type { TextLine } from '../../src/extract/text-lines.js';
import { checkInput } from '../../src/run.js';
import { BUDI, FAUZI, recordsOf, rowsOf } from '../checks/decree-doc.js';

const lines = (page: number, text: string): TextLine[] =>
  text.split('\n').map((line) => ({ page, text: line.trim() }));

const HEAD = (numeral: string) =>
  `${numeral ? `LAMPIRAN ${numeral}` : 'LAMPIRAN'} KEPUTUSAN BUPATI TANAH LAUT
  NOMOR : 800.1.3.3/457/BKPSDM/2026
  TANGGAL : 9 MARET 2026
  DAFTAR PEGAWAI NEGERI SIPIL YANG DIANGKAT DALAM JABATAN
  NO NAMA / NIP PANGKAT / GOL. RUANG JABATAN LAMA JABATAN BARU ESELON KET`;

describe('the numeral of a LAMPIRAN block', () => {
  it.each([
    ['LAMPIRAN I KEPUTUSAN BUPATI TANAH LAUT', 'I'],
    ['LAMPIRAN II', 'II'],
    ['Lampiran III Keputusan Bupati Tanah Laut', 'III'],
    ['LAMPIRAN 2 KEPUTUSAN BUPATI TANAH LAUT', 'II'],
    ['LAMPIRAN KEPUTUSAN BUPATI TANAH LAUT', null],
  ])('%s -> %s', (heading, numeral) => {
    const page = lines(3, HEAD('').replace('LAMPIRAN KEPUTUSAN BUPATI TANAH LAUT', heading));
    expect(attachmentNumeralOf(page)).toBe(numeral);
  });

  it('is none on a page that starts no block (a table carried over)', () => {
    expect(
      attachmentNumeralOf(lines(4, '3. BUDI SANTOSO Penata (III/c)\nNIP. 19800101 200501 1 001')),
    ).toBeNull();
  });
});

describe('rows of a PDF holding Lampiran I and Lampiran II', () => {
  // Pages 3-4 are Lampiran I (its table runs on), page 5 starts Lampiran II, page 6 an unnumbered one.
  const text = [
    ...lines(3, HEAD('I')),
    ...lines(4, '2. AHMAD FAUZI'),
    ...lines(5, HEAD('II')),
    ...lines(6, HEAD('')),
  ];
  function table(): AttachmentTable {
    const records = [
      ...recordsOf([FAUZI], 3),
      ...recordsOf([FAUZI], 4),
      ...recordsOf([BUDI], 5),
      ...recordsOf([BUDI], 6),
    ];
    const rows = [...rowsOf(['1'], 3), ...rowsOf(['2'], 4), ...rowsOf(['1'], 5), ...rowsOf(['1'], 6)];
    return { records, rows, doubts: [], found: true, groups: [], trace: [] };
  }

  it('gives each row the numeral of the block its page belongs to, and none under an unnumbered one', () => {
    const attachment = table();
    numberAttachments(attachment, text, [3, 4, 5, 6]);
    expect(attachment.records.map((r) => r.appointee.attachment)).toEqual(['I', 'I', 'II', undefined]);
  });

  it('lets a new lampiran number its rows from 1 again', () => {
    const attachment = table();
    numberAttachments(attachment, text, [3, 4, 5, 6]);
    expect(attachment.rows.map((row) => row.restart)).toEqual([false, false, true, true]);
  });

  it('gives no row a lampiran when a block starts below rows and their places are not known', () => {
    const attachment = table();
    const shared = [
      ...lines(3, HEAD('I')),
      ...lines(4, `2. AHMAD FAUZI\nNIP. 19700512 199503 1 002\n${HEAD('II')}`),
      ...lines(5, '2. BUDI SANTOSO'),
      ...lines(6, HEAD('')),
    ];
    numberAttachments(attachment, shared, [3, 4, 5, 6]);
    expect(attachment.records.map((r) => r.appointee.attachment)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(attachment.rows.map((row) => row.restart)).toEqual([false, false, false, false]);
  });

  it('splits a page at a block below its rows where the PDF gives the lines and rows their place', () => {
    const attachment = table();
    const placed = (page: number, text: string, from: number): TextLine[] =>
      lines(page, text).map((line, i) => ({ ...line, y: from + 12 * i }));
    const shared = [
      ...placed(3, HEAD('I'), 40),
      ...placed(4, `2. AHMAD FAUZI\nNIP. 19700512 199503 1 002\n${HEAD('II')}`, 40),
      ...placed(5, '2. BUDI SANTOSO', 40),
      ...placed(6, HEAD(''), 40),
    ];
    // Page 4: Lampiran I's row at 40, Lampiran II's heading at 64, its first row under it at 200.
    attachment.rows = attachment.rows.map((row, i) => ({ ...row, y: [110, 40, 40, 110][i] as number }));
    attachment.rows.splice(2, 0, { page: 4, cells: [], no: '1', restart: false, y: 200 });
    attachment.records.splice(2, 0, ...recordsOf([BUDI], 4));
    numberAttachments(attachment, shared, [3, 4, 5, 6]);
    expect(attachment.records.map((r) => r.appointee.attachment)).toEqual(['I', 'I', 'II', 'II', undefined]);
    expect(attachment.rows.map((row) => row.restart)).toEqual([false, false, true, false, true]);
  });

  it('puts `attachment` after `page`, in the schema order', () => {
    const attachment = table();
    numberAttachments(attachment, text, [3, 4, 5, 6]);
    expect(Object.keys(attachment.records[0]?.appointee ?? {}).slice(-2)).toEqual(['page', 'attachment']);
  });
});

interface Truth {
  claims: Array<{
    total: number;
    attachment?: string;
    parts: Array<{ level: string; count: number; attachment: string }>;
  }>;
  appointees: Array<{
    row: number;
    nameRaw: string;
    nip: string;
    grade: string;
    echelon: string;
    positionOld: string;
    positionNew: string;
    attachment: string;
  }>;
  planted: Array<{ code: string; attachment: string; claimed: number; listed: number }>;
}

describe.each([
  ['one-file', 'docx'],
  ['one-file-swapped', 'docx'],
  ['one-file-pages', 'pdf'],
  ['two-dicta', 'docx'],
  ['one-file-midpage', 'pdf'],
  ['one-file-midpage-moved', 'pdf'],
  ['one-file-cut', 'pdf'],
])('fixtures/decrees/numbered/%s.%s', (name, extension) => {
  const truth = JSON.parse(readFileSync(`fixtures/decrees/numbered/${name}.truth.json`, 'utf8')) as Truth;

  it('reads each part and each row with its lampiran, and compares them lampiran by lampiran', async () => {
    const doc = await checkInput(`fixtures/decrees/numbered/${name}.${extension}`);
    expect(
      doc.claims.map((c) => ({
        total: c.total,
        ...(c.attachment ? { attachment: c.attachment } : {}),
        parts: c.parts.map(({ label: _, ...p }) => p),
      })),
    ).toEqual(truth.claims);
    // Every row whole: a row cut by the page break is one row, its name, NIP and numeral exact.
    expect(
      doc.appointees.map((a) => ({
        row: a.row,
        nameRaw: a.nameRaw,
        nip: a.nip,
        grade: a.grade,
        echelon: a.echelon,
        positionOld: a.positionOld,
        positionNew: a.positionNew,
        attachment: a.attachment,
      })),
    ).toEqual(truth.appointees);
    expect(doc.findings.map((f) => [f.code, f.message])).toEqual(
      truth.planted.map((p) => [
        p.code,
        `Lampiran ${p.attachment} lists ${p.listed}, the decree says ${p.claimed}`,
      ]),
    );
    expect(doc.status).toBe(truth.planted.length > 0 ? 'invalid' : 'verified');
    expect(doc.checked?.message).toMatch(/each (part|claim) against the lampiran it names$/);
  });
});
