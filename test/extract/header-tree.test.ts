import { describe, expect, it } from 'vitest';
import { extractAttachment } from '../../src/extract/attachment.js';
import { headerTree } from '../../src/extract/header-tree.js';
import { pageLines } from '../../src/extract/layout.js';
import { bandOf } from '../../src/extract/level-label.js';
import { findHeader, headedTable } from '../../src/extract/page-table.js';
import type { PdfPage } from '../../src/pdf/pdf.js';
import { type SpannedPage, spannedPage } from './spanned-header.js';

const PEOPLE = [
  {
    name: 'H. AHMAD FAUZI, S.H.',
    nip: '197005122005011002',
    grade: 'IV/a',
    old: 'KEPALA BIDANG ANGGARAN',
    new: 'SEKRETARIS DINAS KESEHATAN',
  },
  {
    name: 'SITI RAHMAH, S.E.',
    nip: '198001152006042003',
    grade: 'III/d',
    old: 'KEPALA SEKSI JALAN',
    new: 'KEPALA TU SMPN 5 MUNTOK',
  },
];

const nipOf = (nip: string) =>
  `NIP. ${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;

/** The ten-column lampiran of the issue: two spanning labels over two sub-columns each. */
const TEN: SpannedPage = {
  widths: [24, 150, 80, 90, 140, 140, 40, 75, 75, 60],
  top: [
    { text: 'NO' },
    { text: 'NAMA / NIP' },
    { text: 'PANGKAT / GOL' },
    { text: 'TEMPAT TGL LAHIR' },
    { text: 'JABATAN ESELON', span: 2, subs: ['LAMA', 'BARU'] },
    { text: 'ESELON' },
    { text: 'PERTIMBANGAN BAPERJAKAT', span: 2, subs: ['NOMOR', 'TANGGAL'] },
    { text: 'KET' },
  ],
  rows: PEOPLE.map((p, i) => [
    [`${i + 1}.`],
    [p.name, nipOf(p.nip)],
    [p.grade],
    ['Muntok, 1970'],
    [p.old],
    [p.new],
    [i === 0 ? 'III.a' : 'IV.a'],
    [`800/${12 + i}/BKPSDM`],
    ['12-01-2026'],
    ['Promosi'],
  ]),
};

const read = (page: PdfPage) => extractAttachment([page], [1]);
const view = (page: PdfPage) =>
  read(page).records.map(({ appointee: a }) => ({
    old: a.positionOld,
    new: a.positionNew,
    level: a.level,
    from: a.levelFrom ?? null,
  }));

function treeOf(page: PdfPage) {
  const lines = pageLines(page);
  const table = headedTable(page, lines, findHeader(lines));
  if (!table) throw new Error('no table');
  return headerTree(table.header, table.edges, page.rules);
}

describe('a two-row header is read as a tree', () => {
  it.each([
    ['ruled', true],
    ['without rules', false],
  ])('%s: each column takes its field from its whole path', (_name, rules) => {
    const page = spannedPage({ ...TEN, rules });
    expect(treeOf(page).paths).toEqual([
      ['NO'],
      ['NAMA / NIP'],
      ['PANGKAT / GOL'],
      ['TEMPAT TGL LAHIR'],
      ['JABATAN ESELON', 'LAMA'],
      ['JABATAN ESELON', 'BARU'],
      ['ESELON'],
      ['PERTIMBANGAN BAPERJAKAT', 'NOMOR'],
      ['PERTIMBANGAN BAPERJAKAT', 'TANGGAL'],
      ['KET'],
    ]);
    const result = read(page);
    expect(result.doubts).toEqual([]);
    expect(result.trace[0]?.fields).toEqual([
      'no',
      'nameNip',
      'rankGrade',
      null,
      'positionOld',
      'positionNew',
      'echelon',
      null,
      null,
      'notes',
    ]);
    expect(view(page)).toEqual([
      { old: PEOPLE[0]?.old, new: PEOPLE[0]?.new, level: 'III', from: null },
      { old: PEOPLE[1]?.old, new: PEOPLE[1]?.new, level: 'IV', from: null },
    ]);
  });

  it('labels the header band of the debug picture by path', () => {
    const header = read(spannedPage(TEN)).trace[0]?.bands.find((band) => band.kind === 'header');
    expect(header?.cells[4]).toBe('JABATAN ESELON > LAMA');
  });
});

/** The regency layout without an ESELON column: the level comes from a band only. */
const BANDED: SpannedPage = {
  widths: [24, 170, 90, 200, 200],
  top: [
    { text: 'NO' },
    { text: 'NAMA / NIP' },
    { text: 'PANGKAT / GOL' },
    { text: 'JABATAN LAMA' },
    { text: 'JABATAN BARU' },
  ],
  rows: PEOPLE.map((p, i) => [[`${i + 1}.`], [p.name, nipOf(p.nip)], [p.grade], [p.old], [p.new]]),
};

describe('a band names the level of every row under it', () => {
  it.each([
    ['ruled', true],
    ['without rules', false],
  ])('%s: `ESELON IV` above the header is no column, and every row takes its level', (_name, rules) => {
    const page = spannedPage({ ...BANDED, rules, above: ['DAFTAR NAMA PEJABAT', 'ESELON IV'] });
    const result = read(page);
    expect(result.doubts).toEqual([]);
    expect(result.trace[0]?.fields).toEqual(['no', 'nameNip', 'rankGrade', 'positionOld', 'positionNew']);
    expect(view(page)).toEqual(PEOPLE.map((p) => ({ old: p.old, new: p.new, level: 'IV', from: 'section' })));
  });

  it.each([
    ['ruled', true],
    ['without rules', false],
  ])('%s: `ESELON V` printed right above `JABATAN BARU` is a band, not an ESELON column', (_name, rules) => {
    const page = spannedPage({ ...BANDED, rules, above: ['ESELON V'], aboveOver: 4 });
    const result = read(page);
    expect(result.doubts).toEqual([]);
    expect(result.trace[0]?.fields).toEqual(['no', 'nameNip', 'rankGrade', 'positionOld', 'positionNew']);
    expect(view(page)).toEqual(PEOPLE.map((p) => ({ old: p.old, new: p.new, level: 'V', from: 'section' })));
  });

  it('`JPT PRATAMA/ESELON - II` spanning the post column in the header is a band, not an ESELON column', () => {
    const top = [...BANDED.top.slice(0, 4), { text: 'JPT PRATAMA/ESELON - II', subs: ['JABATAN BARU'] }];
    const page = spannedPage({ ...BANDED, top });
    expect(treeOf(page)).toMatchObject({ band: { level: 'II' } });
    expect(read(page).trace[0]?.fields).toEqual(['no', 'nameNip', 'rankGrade', 'positionOld', 'positionNew']);
    expect(view(page)).toEqual(PEOPLE.map((p) => ({ old: p.old, new: p.new, level: 'II', from: 'section' })));
  });

  it("a post's own suffix wins over the band", () => {
    const rows = BANDED.rows.map((row, i) =>
      i === 1 ? [...row.slice(0, 4), [`${PEOPLE[1]?.new} / IV A`]] : row,
    );
    const page = spannedPage({ ...BANDED, rows, above: ['ESELON III'] });
    expect(view(page).map(({ level, from }) => ({ level, from }))).toEqual([
      { level: 'III', from: 'section' },
      { level: 'IV', from: 'post' },
    ]);
  });
});

describe('what is a band', () => {
  it.each([
    ['ESELON V', 'V'],
    ['JPT PRATAMA/ESELON - II', 'II'],
    ['ADMINISTRATOR', 'III'],
    ['PENGAWAS', 'IV'],
    ['JABATAN FUNGSIONAL', 'fungsional'],
    ['ESELON', null],
    ['JABATAN ESELON', null],
    ['PEJABAT ADMINISTRATOR DAN PENGAWAS', null],
    ['DAFTAR NAMA PEJABAT ADMINISTRATOR', null],
  ])('%s -> %s', (text, level) => {
    expect(bandOf(text)?.level ?? null).toBe(level);
  });
});
