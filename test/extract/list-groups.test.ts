import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/checks/run-checks.js';
import { extractAttachment } from '../../src/extract/attachment.js';
import { listDocuments } from '../../src/extract/list.js';
import { type SyntheticColumn, type SyntheticTable, spacedNip, syntheticPages } from './synthetic-table.js';

const COLUMNS: SyntheticColumn[] = [
  { width: 28, header: ['NO'], align: 'center' },
  { width: 170, header: ['NAMA / NIP'] },
  { width: 95, header: ['PANGKAT /', 'GOL. RUANG'] },
  { width: 200, header: ['JABATAN BARU'] },
  { width: 50, header: ['ESELON'], align: 'center' },
];

const A = 'NOMOR : 821.2/72/BKPSDM-III/2022 TANGGAl 24 MEI 2022';
const B = 'NOMOR : 821.2/73/BKPSDM-III/2022 TANGGAL : 24 MEI 2022';

/** `count` people numbered from `from`, each with a valid NIP, a grade that fits the echelon. */
function people(from: number, count: number): string[][][] {
  return Array.from({ length: count }, (_, i) => {
    const n = from + i;
    const nip = `1975${String(1 + (n % 12)).padStart(2, '0')}1020000310${String(n).padStart(2, '0')}`;
    return [
      [`${n}.`],
      [`AHMAD FAUZI ${n}, S.E.`, `NIP. ${spacedNip(nip)}`],
      ['Penata', '(III/c)'],
      ['Kepala Seksi Data'],
      ['IV.a'],
    ];
  });
}

function table(spec: Partial<SyntheticTable>): SyntheticTable {
  return { columns: COLUMNS, rows: [], rules: 'stroked', header: 'every', breakRows: false, ...spec };
}

const readTable = (spec: SyntheticTable) => {
  const pages = syntheticPages(spec);
  return extractAttachment(
    pages,
    pages.map((page) => page.number),
  );
};

describe('group lines in a list of appointees', () => {
  it.each([
    ['ruled, the header on every page', { rules: 'stroked', header: 'every' }],
    ['without rules, the header on the first page only', { rules: 'none', header: 'first' }],
  ] as const)('%s: each group line starts a decree, and no row takes its words', (_what, layout) => {
    const attachment = readTable(
      table({
        ...layout,
        firstHead: ['DAFTAR NAMA PEGAWAI NEGERI SIPIL YANG DILANTIK', A],
        rows: [...people(1, 14), { label: B }, ...people(15, 14)],
        pageHeight: 420,
      }),
    );
    expect(attachment.groups.map(({ number, date, at }) => [number, date, at])).toEqual([
      ['821.2/72/BKPSDM-III/2022', '2022-05-24', 0],
      ['821.2/73/BKPSDM-III/2022', '2022-05-24', 14],
    ]);
    expect(attachment.records).toHaveLength(28);
    for (const { appointee } of attachment.records)
      expect(appointee.nameRaw).toMatch(/^AHMAD FAUZI \d+, S\.E\.$/);
    expect(attachment.doubts).toEqual([]);
  });

  it('a list: one document per decree, rows numbered from 1, numbering carried on over a group line', () => {
    const attachment = readTable(
      table({ rows: [{ label: A }, ...people(1, 5), { label: B }, ...people(6, 4)] }),
    );
    const docs = listDocuments({ source: 'daftar.pdf', kind: 'pdf', notes: [] }, attachment);
    expect(
      docs.map((doc) => [doc.source, doc.decree?.number, doc.records.map((r) => r.appointee.row)]),
    ).toEqual([
      ['daftar.pdf#821.2/72/BKPSDM-III/2022', '821.2/72/BKPSDM-III/2022', [1, 2, 3, 4, 5]],
      ['daftar.pdf#821.2/73/BKPSDM-III/2022', '821.2/73/BKPSDM-III/2022', [1, 2, 3, 4]],
    ]);
    // NO runs on (6 after 5) under the second group line: no row-sequence-gap, nor any other finding.
    expect(docs.flatMap((doc) => runChecks(doc).map((f) => f.code))).toEqual([]);
  });

  it('a list whose numbering restarts, and rows above the first group line under the file name', () => {
    const attachment = readTable(
      table({ rows: [...people(1, 2), { label: A }, ...people(1, 3), { label: B }, ...people(1, 2)] }),
    );
    const docs = listDocuments({ source: 'daftar.pdf', kind: 'pdf', notes: [] }, attachment);
    expect(docs.map((doc) => [doc.source, doc.records.length])).toEqual([
      ['daftar.pdf', 2],
      ['daftar.pdf#821.2/72/BKPSDM-III/2022', 3],
      ['daftar.pdf#821.2/73/BKPSDM-III/2022', 2],
    ]);
    expect(docs.flatMap((doc) => runChecks(doc).map((f) => f.code))).toEqual(['sk-number-missing']);
  });

  it('a decree named twice is one document; its rows in order', () => {
    const attachment = readTable(
      table({
        rows: [{ label: A }, ...people(1, 2), { label: B }, ...people(3, 2), { label: A }, ...people(5, 1)],
      }),
    );
    const docs = listDocuments({ source: 'daftar.pdf', kind: 'pdf', notes: [] }, attachment);
    expect(docs.map((doc) => [doc.source, doc.records.map((r) => r.appointee.nameRaw)])).toEqual([
      [
        'daftar.pdf#821.2/72/BKPSDM-III/2022',
        ['AHMAD FAUZI 1, S.E.', 'AHMAD FAUZI 2, S.E.', 'AHMAD FAUZI 5, S.E.'],
      ],
      ['daftar.pdf#821.2/73/BKPSDM-III/2022', ['AHMAD FAUZI 3, S.E.', 'AHMAD FAUZI 4, S.E.']],
    ]);
  });

  it('one number under two dates is two decrees, and two names', () => {
    const later = A.replace('24 MEI', '25 MEI');
    const attachment = readTable(
      table({ rows: [{ label: A }, ...people(1, 2), { label: later }, ...people(3, 2)] }),
    );
    const docs = listDocuments({ source: 'daftar.pdf', kind: 'pdf', notes: [] }, attachment);
    expect(docs.map((doc) => [doc.source, doc.decree?.date])).toEqual([
      ['daftar.pdf#821.2/72/BKPSDM-III/2022', '2022-05-24'],
      ['daftar.pdf#821.2/72/BKPSDM-III/2022~2', '2022-05-25'],
    ]);
  });

  it('the same group line over every page starts nothing new: numbering and levels carry on', () => {
    const attachment = readTable(table({ runningHead: [A], rows: people(1, 30), pageHeight: 300 }));
    expect(attachment.trace.length).toBeGreaterThan(2);
    expect(attachment.groups.map(({ number, at }) => [number, at])).toEqual([
      ['821.2/72/BKPSDM-III/2022', 0],
    ]);
    expect(attachment.rows.filter((row) => row.restart).map((row) => row.no)).toEqual(['1.']);
  });
});

describe("a scanned list's group numbers: OCR's I look-alikes", () => {
  const SCANNED_A = 'NOMOR : 821.2/72/BKPSDM-!1!/2022 TANGGAL 24 MEI 2022';
  const SCANNED_B = 'NOMOR : 821.2/73/BKPSDM-!!1/2022 TANGGAL 24 MEI 2022';
  const base = { source: 'daftar.pdf', kind: 'pdf' as const, notes: [] };
  const attachmentOf = (a: string, b: string) =>
    readTable(table({ rows: [{ label: a }, ...people(1, 3), { label: b }, ...people(4, 2)] }));
  const codes = (doc: ReturnType<typeof listDocuments>[number]) => [
    ...doc.notes.map((note) => note.code),
    ...(doc.decreeParts?.attachment.doubts ?? []).map((doubt) => doubt.code),
  ];

  it('read by OCR: the number repaired, as read kept in numberRaw, and an ocr-used note says so', () => {
    const docs = listDocuments(base, attachmentOf(SCANNED_A, SCANNED_B), { ocrPages: [1], text: '' });
    expect(
      docs.map((doc) => [doc.source, doc.decree?.number, doc.decree?.numberRaw, doc.skNumber?.raw]),
    ).toEqual([
      [
        'daftar.pdf#821.2/72/BKPSDM-III/2022',
        '821.2/72/BKPSDM-III/2022',
        '821.2/72/BKPSDM-!1!/2022',
        '821.2/72/BKPSDM-!1!/2022',
      ],
      [
        'daftar.pdf#821.2/73/BKPSDM-III/2022',
        '821.2/73/BKPSDM-III/2022',
        '821.2/73/BKPSDM-!!1/2022',
        '821.2/73/BKPSDM-!!1/2022',
      ],
    ]);
    for (const doc of docs) {
      expect(codes(doc)).toEqual(['ocr-used']);
      expect(doc.notes[0]?.message).toContain(`read by OCR as ${doc.decree?.numberRaw}`);
      expect(doc.notes[0]?.message).toContain('a guess');
    }
    // An info, no doubt about the table: the part has no claim, so it stays unverified until a
    // body with the same number joins it.
    expect(docs.map((doc) => runChecks(doc).map((f) => `${f.code}:${f.severity}`))).toEqual([
      ['ocr-used:info'],
      ['ocr-used:info'],
    ]);
  });

  it('two reads of one number are one decree once repaired', () => {
    const other = SCANNED_A.replace('!1!', '!!1');
    const docs = listDocuments(base, attachmentOf(SCANNED_A, other), { ocrPages: [1], text: '' });
    expect(docs.map((doc) => [doc.decree?.number, doc.records.length, doc.notes.length])).toEqual([
      ['821.2/72/BKPSDM-III/2022', 5, 2],
    ]);
  });

  it('not read by OCR: flagged as today, the number as read', () => {
    const docs = listDocuments(base, attachmentOf(SCANNED_A, B));
    expect(docs.map((doc) => [doc.decree?.number, codes(doc)])).toEqual([
      ['821.2/72/BKPSDM-!1!/2022', ['attachment-uncertain']],
      ['821.2/73/BKPSDM-III/2022', []],
    ]);
  });

  it('read by OCR but still holding a character no SK number has: flagged as today, nothing repaired', () => {
    const still = 'NOMOR : 821.2/72/BKPSDM-!1!/2022? TANGGAL 24 MEI 2022';
    const attachment = attachmentOf(still, B);
    expect(attachment.groups[0]?.numberRaw).toMatch(/[?!]/);
    const docs = listDocuments(base, attachment, { ocrPages: [1], text: '' });
    expect(docs[0]?.decree?.number).toBe(docs[0]?.decree?.numberRaw?.trim());
    expect(codes(docs[0] as (typeof docs)[number])).toEqual(['attachment-uncertain']);
  });
});
