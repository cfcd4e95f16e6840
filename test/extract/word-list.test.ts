import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { cellAttachment } from '../../src/extract/cell-attachment.js';
import { checkInputs } from '../../src/run.js';
import type { WordBlock, WordRow } from '../../src/sources/word.js';
import { runCli } from '../cli/run-cli.js';
import { spacedNip } from './synthetic-table.js';

const HEADER = ['NO', 'NAMA / NIP', 'PANGKAT / GOL. RUANG', 'JABATAN BARU', 'ESELON'];
const A = 'NOMOR : 821.2/72/BKPSDM-III/2022 TANGGAl 24 MEI 2022';
const B = 'NOMOR : 821.2/73/BKPSDM-III/2022 TANGGAL : 24 MEI 2022';

const nipOf = (n: number) =>
  `1975${String(1 + (n % 12)).padStart(2, '0')}1020000310${String(n).padStart(2, '0')}`;
const row = (cells: string[], header = false): WordRow => ({
  page: 1,
  cells,
  above: cells.map(() => null),
  header,
});
/** A person's row, numbered `no`, with a valid NIP. */
const person = (n: number, no = n) =>
  row([
    `${no}.`,
    `AHMAD FAUZI ${n}, S.E.\nNIP. ${spacedNip(nipOf(n))}`,
    'Penata\n(III/c)',
    'Kepala Seksi Data',
    'IV.a',
  ]);
/** A group line as a row merged across all columns: its text in the first cell. */
const groupRow = (text: string) => row([text, '', '', '', '']);
const table = (rows: WordRow[]): WordBlock => ({ kind: 'table', page: 1, rows });
const paragraph = (text: string): WordBlock => ({ kind: 'paragraph', page: 1, text });
const people = (from: number, count: number, restart = false) =>
  Array.from({ length: count }, (_, i) => person(from + i, restart ? i + 1 : from + i));

describe('group lines in a word-processor list of appointees', () => {
  it('a row merged across the table starts a decree, and nobody takes its words', () => {
    const list = cellAttachment([
      table([row(HEADER, true), groupRow(A), ...people(1, 3), groupRow(B), ...people(4, 2)]),
    ]);
    expect(list.groups.map(({ number, date, at }) => [number, date, at])).toEqual([
      ['821.2/72/BKPSDM-III/2022', '2022-05-24', 0],
      ['821.2/73/BKPSDM-III/2022', '2022-05-24', 3],
    ]);
    expect(list.records.map((r) => r.nip?.digits)).toEqual([1, 2, 3, 4, 5].map(nipOf));
    expect(list.records.map((r) => r.appointee.nameRaw)).not.toContain(expect.stringMatching(/NOMOR/));
    expect(list.rows.map((r) => r.restart)).toEqual([true, false, false, true, false]);
  });

  it('a paragraph between tables starts a decree; the table after it, without a header, goes on', () => {
    const list = cellAttachment([
      paragraph('DAFTAR NAMA PEGAWAI NEGERI SIPIL YANG DILANTIK\nPADA HARI SELASA TANGGAL 31 MEI 2022'),
      table([row(HEADER)]),
      paragraph(A),
      table(people(1, 3, true)),
      paragraph(B),
      table(people(4, 2, true)),
    ]);
    expect(list.found).toBe(true);
    expect(list.groups.map(({ number, at }) => [number, at])).toEqual([
      ['821.2/72/BKPSDM-III/2022', 0],
      ['821.2/73/BKPSDM-III/2022', 3],
    ]);
    expect(list.rows.map((r) => r.no)).toEqual(['1.', '2.', '3.', '1.', '2.']);
    expect(list.records.map((r) => r.nip?.digits)).toEqual([1, 2, 3, 4, 5].map(nipOf));
  });

  it('the same group line again (typed over each table) starts nothing; a group line above the header does', () => {
    const list = cellAttachment([
      table([groupRow(A), row(HEADER), ...people(1, 2)]),
      table([groupRow(A), ...people(3, 2)]),
    ]);
    expect(list.groups.map(({ number, at }) => [number, at])).toEqual([['821.2/72/BKPSDM-III/2022', 0]]);
    expect(list.records).toHaveLength(4);
  });
});

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const wPara = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const wTable = (rows: string[][]) =>
  `<w:tbl>${rows.map((cells) => `<w:tr>${cells.map((c) => `<w:tc>${c.split('\n').map(wPara).join('')}</w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`;

/** A .docx of paragraphs and tables, as the word reader needs it and no more. */
async function docx(...blocks: Array<string | string[][]>): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<Types/>');
  const body = blocks.map((b) => (typeof b === 'string' ? wPara(b) : wTable(b))).join('');
  zip.file('word/document.xml', `<w:document ${W}><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const peopleCells = (from: number, count: number, withPost = true) =>
  Array.from({ length: count }, (_, i) => {
    const n = from + i;
    const cells = [`${i + 1}.`, `AHMAD FAUZI ${n}, S.E.\nNIP. ${spacedNip(nipOf(n))}`, 'Penata\n(III/c)'];
    return withPost ? [...cells, 'Kepala Seksi Data', 'IV.a'] : [...cells, 'H', '20'];
  });
const read = async (name: string, data: Buffer) => checkInputs({ name, data });
const notes = (docs: Awaited<ReturnType<typeof read>>) =>
  docs.map((doc) => [doc.source, doc.status, doc.findings.map((f) => f.code)]);

describe('a .docx with no decree around a table of people', () => {
  it('a list of the sworn-in: one unverified document per decree, its NIPs checked', async () => {
    const data = await docx(
      'DAFTAR NAMA PEGAWAI NEGERI SIPIL YANG DILANTIK',
      [HEADER, [A, '', '', '', ''], ...peopleCells(1, 3)],
      B,
      [...peopleCells(4, 2)],
    );
    const docs = await read('daftar.docx', data);
    expect(notes(docs)).toEqual([
      ['daftar.docx#821.2/72/BKPSDM-III/2022', 'unverified', []],
      ['daftar.docx#821.2/73/BKPSDM-III/2022', 'unverified', []],
    ]);
    expect(docs.map((doc) => doc.appointees.map((a) => a.nip))).toEqual([
      [1, 2, 3].map(nipOf),
      [4, 5].map(nipOf),
    ]);
  });

  it.each([
    [
      'an attendance recap (its title says so)',
      ['REKAPITULASI KEHADIRAN PEGAWAI BULAN MEI 2022', [HEADER, ...peopleCells(1, 3)]],
    ],
    [
      'an announcement of a selection (its title says so)',
      ['PENGUMUMAN HASIL SELEKSI TERBUKA', [HEADER, ...peopleCells(1, 3)]],
    ],
    ['a seniority list (its title says so)', ['DAFTAR URUT KEPANGKATAN', [HEADER, ...peopleCells(1, 3)]]],
    [
      'a table of people that names no post',
      [
        'DAFTAR PEGAWAI',
        [['NO', 'NAMA / NIP', 'PANGKAT / GOL. RUANG', 'HADIR', 'JUMLAH'], ...peopleCells(1, 3, false)],
      ],
    ],
    [
      'a letter naming people in its paragraphs',
      [
        'Yang bertanda tangan di bawah ini menerangkan bahwa',
        `AHMAD FAUZI NIP. ${spacedNip(nipOf(1))} dan`,
        `BUDI SANTOSO NIP. ${spacedNip(nipOf(2))} telah hadir.`,
      ],
    ],
  ] as const)('%s stays not-a-decree', async (_what, blocks) => {
    const docs = await read('lain.docx', await docx(...(blocks as unknown as Array<string | string[][]>)));
    expect(notes(docs)).toEqual([['lain.docx', 'not-a-decree', ['not-a-decree']]]);
  });
});

describe('sk-check on a Word list and its Writer copy', () => {
  it.each(['sworn-in-tables.docx', 'sworn-in-merged.odt'])(
    '%s: one document per decree on the command line, exit 1 for the planted errors',
    async (file) => {
      const path = `fixtures/decrees/lists/${file}`;
      const { code, stdout } = await runCli(['--format', 'json', path]);
      expect(code).toBe(1);
      const { documents } = JSON.parse(stdout) as { documents: Array<{ source: string; status: string }> };
      expect(documents.map((doc) => [doc.source, doc.status])).toEqual(
        ['821.2/72/BKPSDM-III/2022', '821.2/73/BKPSDM-III/2022', '800/114/BKPSDM-III/2022'].map((n) => [
          `${path}#${n}`,
          'invalid',
        ]),
      );
    },
  );
});
