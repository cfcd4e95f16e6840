import { describe, expect, it } from 'vitest';
import { extractAttachment } from '../../src/extract/attachment.js';
import type { PdfPage } from '../../src/pdf/pdf.js';
import {
  type SyntheticColumn,
  type SyntheticTable,
  spacedNip,
  syntheticPages,
  withoutRules,
} from './synthetic-table.js';

/** People of a made-up lampiran, each with a valid NIP, a grade that fits the echelon, and a post. */
interface Person {
  name: string;
  nip: string;
  rank: string;
  grade: string;
  echelon: string;
  level: string;
  post: string;
}

const POSTS = [
  ['Pembina', 'IV/a', 'III.a', 'III', 'Kepala Bidang Anggaran pada Badan Keuangan dan Aset Daerah'],
  ['Penata Tk. I', 'III/d', 'III.b', 'III', 'Sekretaris pada Dinas Pekerjaan Umum dan Penataan Ruang'],
  ['Penata', 'III/c', 'IV.a', 'IV', 'Kepala Seksi Jalan dan Jembatan pada Dinas Pekerjaan Umum'],
  ['Penata Muda Tk. I', 'III/b', 'IV.b', 'IV', 'Kepala Sub Bagian Umum pada Kelurahan Kebun Bunga'],
  ['Penata Tk. I', 'III/d', '-', 'fungsional', 'Analis Kebijakan Ahli Muda pada Badan Kepegawaian Daerah'],
] as const;

function people(count: number): Person[] {
  return Array.from({ length: count }, (_, i) => {
    const [rank, grade, echelon, level, post] = POSTS[i % POSTS.length] as (typeof POSTS)[number];
    const year = 1968 + (i % 15);
    const birth = `${year}${String(1 + (i % 12)).padStart(2, '0')}${String(10 + (i % 18)).padStart(2, '0')}`;
    const nip = `${birth}${year + 25}03${1 + (i % 2)}${String(i + 1).padStart(3, '0')}`;
    return { name: `PEGAWAI NOMOR ${i + 1}, S.E.`, nip, rank, grade, echelon, level, post };
  });
}

const STACKED: SyntheticColumn[] = [
  { width: 28, header: ['NO'], align: 'center' },
  { width: 170, header: ['NAMA / NIP'] },
  { width: 95, header: ['PANGKAT /', 'GOL. RUANG'] },
  { width: 160, header: ['JABATAN LAMA'] },
  { width: 160, header: ['JABATAN BARU'] },
  { width: 50, header: ['ESELON'], align: 'center' },
  { width: 50, header: ['KET'] },
];

/** Wraps a post over lines of about `width` characters, as a narrow cell does. */
function wrap(text: string, width = 34): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

const stackedRow = (p: Person, i: number): string[][] => [
  [`${i + 1}.`],
  [p.name, `NIP. ${spacedNip(p.nip)}`],
  [p.rank, `(${p.grade})`],
  wrap(`Staf pada ${p.post.split(' pada ')[1] ?? p.post}`),
  wrap(p.post),
  [p.echelon],
  [''],
];

const LAMPIRAN = [
  'LAMPIRAN KEPUTUSAN BUPATI TAPIN',
  'NOMOR : 821/0842/KPTS/BKPSDM/2025',
  'TANGGAL : 12 JANUARI 2026',
];

function table(overrides: Partial<SyntheticTable> & Pick<SyntheticTable, 'rows'>): SyntheticTable {
  return {
    columns: STACKED,
    rules: 'stroked',
    header: 'every',
    breakRows: false,
    firstHead: [...LAMPIRAN, 'DAFTAR NAMA PEJABAT ADMINISTRATOR DAN PENGAWAS'],
    after: ['BUPATI TAPIN,', 'ttd.', 'H. SYAMSUL BAHRI'],
    pageHeight: 300,
    ...overrides,
  };
}

function read(pages: PdfPage[]) {
  return extractAttachment(
    pages,
    pages.map((page) => page.number),
  );
}

/** What the reader made of each person, as the truth writes it. */
function view(result: ReturnType<typeof read>) {
  return result.records.map(({ appointee }) => ({
    row: appointee.row,
    name: appointee.nameRaw,
    nip: appointee.nip,
    grade: appointee.grade,
    echelon: appointee.echelon,
    level: appointee.level,
    post: appointee.positionNew,
  }));
}

function truth(list: readonly Person[], options: { echelon?: boolean } = {}) {
  return list.map((p, i) => ({
    row: i + 1,
    name: p.name,
    nip: p.nip,
    grade: p.grade,
    echelon: options.echelon === false || p.echelon === '-' ? null : p.echelon,
    level: p.level,
    post: p.post,
  }));
}

const pagesOf = (pages: PdfPage[]) => new Set(pages.map((page) => page.number)).size;

describe('attachment table on synthetic pages', () => {
  const staff = people(24);

  it.each([
    ['stroked rules, header on every page', { rules: 'stroked', header: 'every' }],
    ['stroked rules, header on the first page only', { rules: 'stroked', header: 'first' }],
    ['no rules, header on every page', { rules: 'none', header: 'every' }],
    ['no rules, header on the first page only', { rules: 'none', header: 'first' }],
  ] as const)('%s: every row, exactly, and no doubt', (_name, options) => {
    const pages = syntheticPages(table({ ...options, rows: staff.map(stackedRow) }));
    expect(pagesOf(pages)).toBeGreaterThan(2);
    const result = read(pages);
    expect(result.doubts).toEqual([]);
    expect(view(result)).toEqual(truth(staff));
  });

  it.each([
    ['stroked, header repeated, cut closed by a rule', { rules: 'stroked', header: 'every', closeCut: true }],
    ['stroked, header repeated, cut left open', { rules: 'stroked', header: 'every', closeCut: false }],
    ['stroked, header on the first page only', { rules: 'stroked', header: 'first', closeCut: false }],
    ['no rules, header repeated', { rules: 'none', header: 'every' }],
    ['no rules, header on the first page only', { rules: 'none', header: 'first' }],
  ] as const)('rows cut by a page break (%s) are one row each, on the page they start', (_name, options) => {
    // Tall rows (a post of many lines) so that page breaks fall inside rows.
    const rows = staff.map((p, i) => {
      const row = stackedRow(p, i);
      row[3] = wrap(`Staf pada ${p.post} dan Urusan Pemerintahan Umum Lainnya Bidang ${i + 1}`, 20);
      return row;
    });
    const pages = syntheticPages(table({ ...options, rows, breakRows: true }));
    const result = read(pages);
    expect(result.doubts).toEqual([]);
    expect(view(result)).toEqual(truth(staff));
    const cut = result.trace.flatMap((page) => page.bands.filter((band) => band.kind === 'continuation'));
    expect(cut.length).toBeGreaterThan(0);
    // The cut row keeps the page where it starts.
    for (const band of cut) {
      const record = result.records[(band.row ?? 0) - 1];
      const page = result.trace.find((p) => p.bands.includes(band))?.page ?? 0;
      expect(record?.appointee.page).toBe(page - 1);
    }
  });

  it.each<[string, Partial<SyntheticTable>]>([
    [
      'a DAFTAR title on the first page',
      { firstHead: [...LAMPIRAN, 'DAFTAR PEGAWAI NEGERI SIPIL YANG DIANGKAT DALAM JABATAN'] },
    ],
    [
      'a title of two lines, the second without a title word',
      {
        firstHead: [
          ...LAMPIRAN,
          'DAFTAR NAMA PEGAWAI NEGERI SIPIL YANG DIANGKAT DALAM',
          'JABATAN ADMINISTRATOR DAN PENGAWAS',
        ],
      },
    ],
    ['the LAMPIRAN block repeated over every page', { firstHead: [], runningHead: LAMPIRAN }],
    [
      'a title repeated over every page',
      { firstHead: [], runningHead: ['NAMA PEJABAT YANG DILANTIK DALAM JABATAN'] },
    ],
  ])(
    'a title printed tight over a repeated header is no header line, and rows cut by the page break join their row (%s)',
    (_name, head) => {
      const rows = staff.map((p, i) => {
        const row = stackedRow(p, i);
        row[3] = wrap(`Staf pada ${p.post} dan Urusan Pemerintahan Umum Lainnya Bidang ${i + 1}`, 20);
        return row;
      });
      const pages = syntheticPages(
        table({ ...head, rows, rules: 'none', header: 'every', breakRows: true, headGap: 0 }),
      );
      const result = read(pages);
      // The NO column is known on every page: the title is not read into its header cell.
      expect(result.trace.map((page) => page.paths?.[0])).toEqual(result.trace.map(() => 'NO'));
      expect(result.doubts).toEqual([]);
      expect(view(result)).toEqual(truth(staff));
      const cut = result.trace.flatMap((page) => page.bands.filter((band) => band.kind === 'continuation'));
      expect(cut.length).toBeGreaterThan(0);
    },
  );

  it('a NIP on a table row of its own under the name (empty NO) belongs to that person', () => {
    const rows = staff.slice(0, 10).flatMap((p, i) => {
      const [no, , ...rest] = stackedRow(p, i);
      return [
        [no ?? [], [p.name], ...rest],
        [[''], [`NIP. ${spacedNip(p.nip)}`], [''], [''], [''], [''], ['']],
      ];
    });
    for (const rules of ['stroked', 'none'] as const) {
      const result = read(syntheticPages(table({ rows, rules })));
      expect(view(result)).toEqual(truth(staff.slice(0, 10)));
    }
  });

  it('a row without NO that holds a NIP of its own is a person, and a doubt: a NO may have been lost', () => {
    const rows = staff.slice(0, 5).map(stackedRow);
    (rows[3] as string[][])[0] = [''];
    const result = read(syntheticPages(table({ rows })));
    expect(result.records).toHaveLength(5);
    expect(result.doubts).toEqual([
      {
        page: 1,
        code: 'attachment-uncertain',
        message: expect.stringMatching(/a row without NO holds a NIP of its own/),
        said: { id: 'attachment-uncertain/nip-row', params: {} },
      },
    ]);
  });

  it('a centred ESELON column at the right edge of a borderless table is read', () => {
    const columns: SyntheticColumn[] = [
      ...STACKED.slice(0, 5),
      { width: 60, header: ['ESELON'], align: 'center' },
    ];
    const rows = staff.slice(0, 12).map((p, i) => stackedRow(p, i).slice(0, 6));
    const result = read(syntheticPages(table({ rows, columns, rules: 'none' })));
    expect(view(result)).toEqual(truth(staff.slice(0, 12)));
    // Every ESELON cell was read: an echelon, or the dash of a post without one.
    expect(result.records.map((record) => record.echelonText)).toEqual(
      staff.slice(0, 12).map((p) => p.echelon),
    );
  });

  it('a NIP wrapped over three lines of a narrow NIP column is one NIP', () => {
    const columns: SyntheticColumn[] = [
      { width: 28, header: ['NO'], align: 'center' },
      { width: 150, header: ['NAMA'] },
      // Narrow: the NIP's first line fills it, and the next cell's text starts half an em after it.
      { width: 40, header: ['NIP'] },
      { width: 95, header: ['PANGKAT / GOL'] },
      { width: 160, header: ['JABATAN BARU'] },
      { width: 50, header: ['ESL'], align: 'center' },
    ];
    const rows = staff
      .slice(0, 8)
      .map((p, i) => [
        [`${i + 1}`],
        [p.name],
        [p.nip.slice(0, 8), `${p.nip.slice(8, 14)} ${p.nip.slice(14, 15)}`, p.nip.slice(15)],
        [`${p.rank} (${p.grade})`],
        wrap(p.post),
        [p.echelon],
      ]);
    for (const rules of ['stroked', 'none'] as const) {
      const result = read(syntheticPages(table({ rows, columns, rules })));
      expect(view(result)).toEqual(truth(staff.slice(0, 8)));
    }
  });

  it('four columns NO | NAMA/NIP | JABATAN BARU | KET with the level in a label spanning the table', () => {
    const columns: SyntheticColumn[] = [
      { width: 28, header: ['NO'], align: 'center' },
      { width: 200, header: ['NAMA/NIP'] },
      { width: 260, header: ['JABATAN BARU'] },
      { width: 60, header: ['KET'] },
    ];
    const head = staff.slice(0, 3);
    const rest = staff.slice(3, 9);
    const row = (p: Person, i: number) => [
      [`${i + 1}`],
      [p.name, `NIP. ${spacedNip(p.nip)}`],
      wrap(p.post, 50),
      [''],
    ];
    const rows = [
      { label: 'JPT PRATAMA/ESELON - II' },
      ...head.map(row),
      { label: 'ADMINISTRATOR/ESELON - III' },
      ...rest.map((p, i) => row(p, i + head.length)),
    ];
    for (const [header, rules] of [
      ['every', 'stroked'],
      ['first', 'stroked'],
      ['first', 'none'],
    ] as const) {
      const result = read(syntheticPages(table({ rows, columns, header, rules })));
      expect(result.doubts).toEqual([]);
      expect(result.records.map((r) => r.appointee.level)).toEqual([
        ...head.map(() => 'II'),
        ...rest.map(() => 'III'),
      ]);
      expect(result.records.map((r) => r.appointee.nip)).toEqual([...head, ...rest].map((p) => p.nip));
    }
  });

  it("a page after the table with only the certifier's NIP is no doubt", () => {
    const pages = syntheticPages(table({ rows: staff.slice(0, 3).map(stackedRow) }));
    const certified = {
      number: 2,
      width: 842,
      height: 595,
      items: ['Salinan sesuai dengan aslinya', 'KEPALA BAGIAN HUKUM,', 'NIP. 19720314 199803 1 005'].map(
        (text, i) => ({ text, x: 450, y: 100 + i * 12, width: text.length * 4.5, height: 9 }),
      ),
      rules: [],
    };
    const result = read([...pages, certified]);
    expect(result.records).toHaveLength(3);
    expect(result.doubts).toEqual([]);
  });

  it('a lampiran page without text (pasted as a picture) is doubted and says --ocr', () => {
    const pages = syntheticPages(table({ rows: staff.slice(0, 3).map(stackedRow) }));
    const picture = { number: 2, width: 842, height: 595, items: [], rules: [] };
    const result = read([...pages, picture]);
    expect(result.records).toHaveLength(3);
    expect(result.doubts).toEqual([
      {
        page: 2,
        code: 'attachment-uncertain',
        message: expect.stringMatching(/^page 2: has no text layer.*--ocr$/),
        said: { id: 'attachment-uncertain/no-text', params: { page: 2 } },
      },
    ]);
  });

  it('the table ends at the signature block: a later page of NIPs without a header is doubted, not read', () => {
    const pages = syntheticPages(table({ rows: staff.slice(0, 3).map(stackedRow) }));
    const stray = syntheticPages(
      table({
        rows: staff.slice(3, 6).map(stackedRow),
        header: 'first',
        firstHead: [],
        columns: STACKED,
        after: [],
      }),
    ).map((page) => ({
      ...page,
      number: 2,
      items: page.items.filter((item) => !/^(NO|NAMA|PANGKAT|GOL|JABATAN|ESELON|KET)/.test(item.text)),
    }));
    const result = read([...pages, ...stray]);
    expect(result.records).toHaveLength(3);
    expect(result.doubts.map((d) => d.page)).toEqual([2]);
  });

  it.each([
    ['header on the first page only', 'first', undefined],
    ['header and numbering row repeated', 'every', 'paren'],
  ] as const)(
    'read without its rules (as the reader does when page 1 reads the same), a ruled table with rows cut by page breaks still reads: %s',
    (_name, header, numbering) => {
      const rows = staff.map((p, i) => {
        const row = stackedRow(p, i);
        row[3] = wrap(`Staf pada ${p.post} dan Urusan Pemerintahan Umum Lainnya Bidang ${i + 1}`, 20);
        return row;
      });
      const pages = withoutRules(syntheticPages(table({ rows, header, numbering, breakRows: true })));
      const result = read(pages);
      expect(result.doubts).toEqual([]);
      expect(view(result)).toEqual(truth(staff));
    },
  );
});
