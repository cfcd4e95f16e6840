import type { AppointeeRecord, ExtractedDocument } from '../../src/extract/document.js';
import {
  AMINAH,
  amountOf,
  BUDI,
  claimOf,
  DEWI,
  decreeDoc,
  FAUZI,
  perLampiran,
  recordsOf,
  rowsOf,
} from './decree-doc.js';

export interface DecreeCase {
  name: string;
  doc: ExtractedDocument;
}

export interface DecreeInvalidCase extends DecreeCase {
  /** Every finding of the code, as `{ page, row, field }` (absent keys stay absent). */
  expected: Array<{ page?: number; row?: number; field?: string }>;
}

export interface DecreeTable {
  valid: DecreeCase[];
  invalid: DecreeInvalidCase[];
}

const TWO_FUNCTIONAL = recordsOf([FAUZI, BUDI, AMINAH, DEWI]);
const STAFF_3 = recordsOf([FAUZI, BUDI, AMINAH]);

/** Records whose rows say which numbered lampiran they are in, one numeral per record. */
function inLampiran(records: readonly AppointeeRecord[], numerals: readonly string[]): AppointeeRecord[] {
  return records.map((record, i) => ({
    ...record,
    appointee: { ...record.appointee, attachment: numerals[i] as string },
  }));
}

const NIPS = ['19700512 199503 1 002', '19800101 200501 1 001', '19780823 200212 2 004'];

/** `n` rows in separate NAME and NIP columns; the first `bad` hold a NIK instead of a NIP. */
function nipRows(n: number, bad: number): AppointeeRecord[] {
  const rows = Array.from({ length: n }, (_, i) => ({
    name: `Pegawai ${i + 1}`,
    nip: i < bad ? '6371051205700002' : (NIPS[i % NIPS.length] as string),
    echelon: 'IV.a',
  }));
  return recordsOf(rows);
}

/** One table per check the decree reader feeds; the meta-test in checks.test.ts counts these too. */
export const DECREE_TABLES: Record<string, DecreeTable> = {
  'total-mismatch': {
    valid: [
      {
        name: 'parts add up to the total',
        doc: decreeDoc({ claims: [claimOf(3, ['III 1', 'IV 1', 'fungsional 1'])] }),
      },
      { name: 'a claim without parts', doc: decreeDoc({ claims: [claimOf(3)] }) },
      {
        name: 'an approximate claim need not add up',
        doc: decreeDoc({ claims: [claimOf(3, ['III 1', 'IV 1'], { qualifier: 'approximately' })] }),
      },
      {
        name: 'an at-most claim need not add up',
        doc: decreeDoc({ claims: [claimOf(5, ['III 1'], { qualifier: 'at-most' })] }),
      },
      { name: 'no claims', doc: decreeDoc({ claims: [] }) },
    ],
    invalid: [
      {
        name: '15 = 8 + 6 on page 2',
        doc: decreeDoc({ claims: [claimOf(15, ['III 8', 'IV 6'], { page: 2 })] }),
        expected: [{ page: 2 }],
      },
      {
        name: 'parts adding up to more than the total',
        doc: decreeDoc({ claims: [claimOf(3, ['III 2', 'IV 2'])] }),
        expected: [{ page: 1 }],
      },
      {
        name: 'a claim without a page, after a good one',
        doc: decreeDoc({
          claims: [claimOf(3, ['III 2', 'IV 1']), claimOf(4, ['III 1', 'IV 1'], { page: undefined })],
        }),
        expected: [{}],
      },
    ],
  },

  'count-mismatch': {
    valid: [
      { name: 'total equals the rows', doc: decreeDoc() },
      {
        name: 'each level equals its rows',
        doc: decreeDoc({ claims: [claimOf(3, ['III 1', 'IV 1', 'fungsional 1'])] }),
      },
      {
        name: 'two parts of one level are summed (Ahli Muda 1 + Ahli Pertama 1 = 2 fungsional rows)',
        doc: decreeDoc({
          records: TWO_FUNCTIONAL,
          claims: [claimOf(4, ['III 1', 'IV 1', 'fungsional 1', 'fungsional 1'])],
        }),
      },
      {
        name: 'parts of unknown level are ignored',
        doc: decreeDoc({ claims: [claimOf(3, ['III 1', 'unknown 2'])] }),
      },
      {
        name: 'a claim with a qualifier',
        doc: decreeDoc({ claims: [claimOf(5, ['III 4'], { qualifier: 'approximately' })] }),
      },
      {
        name: 'the attachment was not found',
        doc: decreeDoc({ claims: [claimOf(41, ['III 40'])], found: false }),
      },
      {
        name: 'five old 9-digit NIPs, which are readable',
        doc: decreeDoc({
          records: recordsOf(
            ['131110468', '131110469', '131110470', '131110471', '131110472'].map((nip, i) => ({
              no: String(i + 1),
              name: `Pegawai ${i + 1}`,
              nip,
            })),
          ),
        }),
      },
      {
        name: 'a roster without decree parts',
        doc: decreeDoc({ kind: 'csv', noParts: true, claims: [claimOf(9)] }),
      },
      {
        name: 'each part equals the rows of the lampiran it names',
        doc: decreeDoc({
          records: inLampiran(STAFF_3, ['I', 'II', 'II']),
          claims: [
            perLampiran(3, [
              ['III 1', 'I'],
              ['IV 1', 'II'],
              ['fungsional 1', 'II'],
            ]),
          ],
        }),
      },
      {
        name: 'parts name lampiran the rows do not: compared in total and by level',
        doc: decreeDoc({
          claims: [
            perLampiran(3, [
              ['III 1', 'I'],
              ['IV 1', 'II'],
              ['fungsional 1', 'III'],
            ]),
          ],
        }),
      },
      {
        name: 'a lampiran named but not read: no count is said to differ (the decree is unverified)',
        doc: decreeDoc({
          records: inLampiran(STAFF_3, ['I', 'II', 'II']),
          claims: [
            perLampiran(5, [
              ['III 1', 'I'],
              ['IV 1', 'II'],
              ['fungsional 1', 'II'],
              ['IV 2', 'III'],
            ]),
          ],
        }),
      },
    ],
    invalid: [
      {
        name: 'a person in the wrong lampiran: total and levels agree, two lampiran do not',
        doc: decreeDoc({
          records: inLampiran(STAFF_3, ['I', 'I', 'II']),
          claims: [
            perLampiran(3, [
              ['III 1', 'I'],
              ['IV 1', 'II'],
              ['fungsional 1', 'II'],
            ]),
          ],
        }),
        expected: [{ page: 1 }, { page: 1 }],
      },
      {
        name: 'an eselon IV row in the eselon III part of Lampiran I: its count agrees, its level does not',
        doc: decreeDoc({
          records: inLampiran(STAFF_3, ['II', 'I', 'II']),
          claims: [
            perLampiran(3, [
              ['III 1', 'I'],
              ['IV 1', 'II'],
              ['fungsional 1', 'II'],
            ]),
          ],
        }),
        expected: [{ page: 1 }, { page: 1 }],
      },
      {
        name: 'one lampiran short while another named one is missing: only what was read is compared',
        doc: decreeDoc({
          records: inLampiran(STAFF_3, ['I', 'II', 'II']),
          claims: [
            perLampiran(5, [
              ['III 2', 'I'],
              ['IV 1', 'II'],
              ['fungsional 1', 'II'],
              ['IV 1', 'IV'],
            ]),
          ],
        }),
        expected: [{ page: 1 }],
      },
      { name: '4 claimed, 3 rows', doc: decreeDoc({ claims: [claimOf(4)] }), expected: [{ page: 1 }] },
      {
        name: '2 claimed, 3 rows, claim on page 2',
        doc: decreeDoc({ claims: [claimOf(2, [], { page: 2 })] }),
        expected: [{ page: 2 }],
      },
      {
        name: 'total right, one level wrong (unclaimed levels are not compared)',
        doc: decreeDoc({ claims: [claimOf(3, ['III 2', 'fungsional 1'])] }),
        expected: [{ page: 1 }],
      },
      {
        name: 'a claimed level with no rows at all',
        doc: decreeDoc({ claims: [claimOf(3, ['III 1', 'IV 1', 'pelaksana 1'])] }),
        expected: [{ page: 1 }],
      },
      {
        name: 'total and a level wrong',
        doc: decreeDoc({ claims: [claimOf(4, ['III 2', 'IV 1', 'fungsional 1'])] }),
        expected: [{ page: 1 }, { page: 1 }],
      },
      {
        name: 'two parts of one level, summed, against one row',
        doc: decreeDoc({ claims: [claimOf(3, ['fungsional 1', 'fungsional 1', 'III 1'])] }),
        expected: [{ page: 1 }],
      },
    ],
  },

  'amount-words-mismatch': {
    valid: [
      {
        name: 'digits and words agree',
        doc: decreeDoc({ amounts: [amountOf(292, 292, 'dua ratus sembilan puluh dua')] }),
      },
      { name: 'no amounts', doc: decreeDoc({ amounts: [] }) },
      { name: 'a roster without decree parts', doc: decreeDoc({ kind: 'csv', noParts: true }) },
    ],
    invalid: [
      {
        name: '85 (delapan puluh)',
        doc: decreeDoc({ amounts: [amountOf(85, 80, 'delapan puluh')] }),
        expected: [{ page: 1 }],
      },
      {
        name: 'words that are no number, page 2',
        doc: decreeDoc({ amounts: [amountOf(7, null, 'tujuh puluhan', 2)] }),
        expected: [{ page: 2 }],
      },
      {
        name: 'the second of two pairs',
        doc: decreeDoc({
          amounts: [amountOf(200, 200, 'dua ratus'), amountOf(100, 110, 'seratus sepuluh', 2)],
        }),
        expected: [{ page: 2 }],
      },
    ],
  },

  'level-unknown': {
    valid: [
      { name: 'every row has a level', doc: decreeDoc() },
      {
        name: 'a CSV roster is not a lampiran',
        doc: decreeDoc({
          kind: 'csv',
          noParts: true,
          records: recordsOf([{ ...FAUZI, echelon: '', positionNew: 'Staf' }]),
        }),
      },
    ],
    invalid: [
      {
        name: 'one row of three with no ESELON cell and a post that tells nothing',
        doc: decreeDoc({
          records: recordsOf([FAUZI, { ...BUDI, echelon: '', positionNew: 'Staf Bagian Umum' }, AMINAH]),
        }),
        expected: [{ page: 3 }],
      },
      {
        name: 'many rows: one finding for the document',
        doc: decreeDoc({
          records: recordsOf(
            Array.from({ length: 7 }, () => ({ ...BUDI, echelon: '', positionNew: 'Staf' })),
          ),
          claims: [claimOf(7)],
        }),
        expected: [{ page: 3 }],
      },
    ],
  },

  'sk-number-missing': {
    valid: [
      { name: 'a PDF decree with a number', doc: decreeDoc() },
      {
        name: 'a CSV roster without a decree',
        doc: decreeDoc({ kind: 'csv', noDecree: true, noParts: true }),
      },
      {
        name: 'a CSV roster whose decree has no number',
        doc: decreeDoc({ kind: 'csv', number: null, noParts: true }),
      },
    ],
    invalid: [
      { name: 'a PDF decree without a number', doc: decreeDoc({ number: null }), expected: [{}] },
      { name: 'a PDF with no decree read at all', doc: decreeDoc({ noDecree: true }), expected: [{}] },
    ],
  },

  'number-date-mismatch': {
    valid: [
      {
        name: 'year and Roman month agree',
        doc: decreeDoc({ number: '821.2/Kep.97-BKD/XII/2025', date: '2025-12-06' }),
      },
      { name: 'year agrees, no month', doc: decreeDoc() },
      { name: 'a numeric month agrees', doc: decreeDoc({ number: '800.1.3.3/Kep.411/BKPSDM/2/2026' }) },
      { name: 'Tahun YYYY agrees', doc: decreeDoc({ number: '821.2/197 Tahun 2026' }) },
      { name: 'no decree date', doc: decreeDoc({ number: '821.2/Kep.97-BKD/XII/2007', date: null }) },
      { name: 'no SK number', doc: decreeDoc({ number: null }) },
    ],
    invalid: [
      {
        name: 'XII/2025 dated 2026-01-06: year and month',
        doc: decreeDoc({ number: '821.2/Kep.97-BKD/XII/2025', date: '2026-01-06' }),
        expected: [{ field: 'number' }, { field: 'number' }],
      },
      {
        name: 'year only',
        doc: decreeDoc({ number: '800.1.3.3/Kep.411/BKPSDM/2025' }),
        expected: [{ field: 'number' }],
      },
      {
        name: 'Roman month only',
        doc: decreeDoc({ number: '821.2/Kep.97-BKD/XI/2025', date: '2025-12-06' }),
        expected: [{ field: 'number' }],
      },
      {
        name: 'numeric month only',
        doc: decreeDoc({ number: '800.1.3.3/Kep.411/BKPSDM/10/2026' }),
        expected: [{ field: 'number' }],
      },
    ],
  },

  'attachment-number-mismatch': {
    valid: [
      { name: 'the same number and date', doc: decreeDoc() },
      {
        name: 'spaces around the slashes',
        doc: decreeDoc({ block: { number: '800.1.3.3 / Kep.411 / BKPSDM / 2026' } }),
      },
      {
        name: 'an en dash for a hyphen',
        doc: decreeDoc({
          number: '800.1.3.3/03-02/BKD/2026',
          block: { number: '800.1.3.3/03\u201302/BKD/2026' },
        }),
      },
      {
        name: 'upper and lower case',
        doc: decreeDoc({ block: { number: '800.1.3.3/KEP.411/BKPSDM/2026' } }),
      },
      { name: 'the block has no number or date', doc: decreeDoc({ block: { number: null, date: null } }) },
      {
        name: 'the decree has no number',
        doc: decreeDoc({ number: null, block: { number: '800/1/BKD/2026' } }),
      },
      { name: 'no LAMPIRAN block', doc: decreeDoc({ block: null }) },
    ],
    invalid: [
      {
        name: 'another sequence',
        doc: decreeDoc({ number: '800.1.3.3/03-02/BKD/2026', block: { number: '800.1.3.3/03-03/BKD/2026' } }),
        expected: [{ page: 3, field: 'number' }],
      },
      {
        name: 'another year',
        doc: decreeDoc({ block: { number: '800.1.3.3/Kep.411/BKPSDM/2025', page: 4 } }),
        expected: [{ page: 4, field: 'number' }],
      },
      {
        name: 'another date',
        doc: decreeDoc({ block: { date: '2026-02-05' } }),
        expected: [{ page: 3, field: 'date' }],
      },
      {
        name: 'both',
        doc: decreeDoc({ block: { number: '800.1.3.3/Kep.412/BKPSDM/2026', date: '2026-03-06' } }),
        expected: [
          { page: 3, field: 'date' },
          { page: 3, field: 'number' },
        ],
      },
    ],
  },

  'row-sequence-gap': {
    valid: [
      { name: '1, 2, 3', doc: decreeDoc() },
      { name: '1., (2), 3)', doc: decreeDoc({ rows: rowsOf(['1.', '(2)', '3)']) }) },
      {
        name: 'restarting after a section row',
        doc: decreeDoc({ records: TWO_FUNCTIONAL, rows: rowsOf([['1'], '2', ['1'], '2']) }),
      },
      {
        name: 'numbering carried on across a section row',
        doc: decreeDoc({ records: TWO_FUNCTIONAL, rows: rowsOf(['1', '2', ['3'], '4']) }),
      },
      { name: 'rows without a NO cell are skipped', doc: decreeDoc({ rows: rowsOf(['1', null, '2']) }) },
      { name: 'a NO cell without digits is skipped', doc: decreeDoc({ rows: rowsOf(['1', '-', '2']) }) },
      { name: 'no rows', doc: decreeDoc({ rows: [] }) },
    ],
    invalid: [
      {
        name: '1, 2, 4',
        doc: decreeDoc({ rows: rowsOf(['1', '2', '4']) }),
        expected: [{ page: 3, row: 3, field: 'no' }],
      },
      {
        name: '1, 2, 2',
        doc: decreeDoc({ rows: rowsOf(['1', '2', '2']) }),
        expected: [{ page: 3, row: 3, field: 'no' }],
      },
      {
        name: 'restarting without a section row',
        doc: decreeDoc({ rows: rowsOf(['1', '2', '1']) }),
        expected: [{ page: 3, row: 3, field: 'no' }],
      },
      {
        name: 'starting at 3',
        doc: decreeDoc({ rows: rowsOf(['3', '4', '5'], 4) }),
        expected: [{ page: 4, row: 1, field: 'no' }],
      },
      {
        name: 'a section row, then 2',
        doc: decreeDoc({ records: TWO_FUNCTIONAL, rows: rowsOf(['1', '2', ['2'], '3']) }),
        expected: [{ page: 3, row: 3, field: 'no' }],
      },
      {
        name: 'two gaps',
        doc: decreeDoc({ records: TWO_FUNCTIONAL, rows: rowsOf(['1', '3', '4', '6']) }),
        expected: [
          { page: 3, row: 2, field: 'no' },
          { page: 3, row: 4, field: 'no' },
        ],
      },
    ],
  },

  'attachment-missing': {
    valid: [
      { name: 'mentioned and found', doc: decreeDoc() },
      { name: 'not mentioned, not found', doc: decreeDoc({ mentions: false, found: false, records: [] }) },
      {
        name: 'mentioned, not found, but doubts say why',
        doc: decreeDoc({
          found: false,
          records: [],
          doubts: [
            { page: 3, code: 'attachment-uncertain', message: 'page 3: the table header was not recognised' },
          ],
        }),
      },
      { name: 'a roster without decree parts', doc: decreeDoc({ kind: 'csv', noParts: true }) },
    ],
    invalid: [
      {
        name: 'mentioned, not found',
        doc: decreeDoc({ found: false, records: [], claims: [], block: null }),
        expected: [{}],
      },
      {
        name: 'a claim of 80, not mentioned, nothing read',
        doc: decreeDoc({ mentions: false, found: false, records: [], claims: [claimOf(80)] }),
        expected: [{}],
      },
      {
        name: 'a header found but no row read under it',
        doc: decreeDoc({ found: true, records: [] }),
        expected: [{}],
      },
    ],
  },

  'attachment-uncertain': {
    valid: [
      { name: 'a clean table', doc: decreeDoc() },
      {
        name: '1 of 5 rows without a readable NIP (20% is not more than 20%)',
        doc: decreeDoc({ records: nipRows(5, 1) }),
      },
      {
        name: '2 of 4 rows without a readable NIP (fewer than 5 rows)',
        doc: decreeDoc({ records: nipRows(4, 2) }),
      },
      {
        name: 'a row with a name but no NIP',
        doc: decreeDoc({ records: recordsOf([FAUZI, { name: 'Budi Santoso' }]) }),
      },
      {
        name: 'a row with a NIP but no name',
        doc: decreeDoc({ records: recordsOf([FAUZI, { no: '2', nip: '19800101 200501 1 001' }]) }),
      },
      {
        name: 'five old 9-digit NIPs, which are readable',
        doc: decreeDoc({
          records: recordsOf(
            ['131110468', '131110469', '131110470', '131110471', '131110472'].map((nip, i) => ({
              no: String(i + 1),
              name: `Pegawai ${i + 1}`,
              nip,
            })),
          ),
        }),
      },
      {
        name: 'a roster without decree parts',
        doc: decreeDoc({ kind: 'csv', noParts: true, records: nipRows(5, 5) }),
      },
    ],
    invalid: [
      {
        name: 'a doubt about page 4',
        doc: decreeDoc({
          doubts: [
            { page: 4, code: 'attachment-uncertain', message: 'page 4: the table header was not recognised' },
          ],
        }),
        expected: [{ page: 4 }],
      },
      {
        name: 'a page holding NIPs but no header',
        doc: decreeDoc({
          doubts: [
            { page: 12, code: 'attachment-uncertain', message: 'page 12: holds NIPs but no table header' },
          ],
        }),
        expected: [{ page: 12 }],
      },
      {
        name: 'a doubt without a page',
        doc: decreeDoc({ doubts: [{ code: 'attachment-uncertain', message: 'the rows do not add up' }] }),
        expected: [{}],
      },
      {
        name: 'a row with neither name nor NIP',
        doc: decreeDoc({
          records: recordsOf([FAUZI, { no: '2', rankGrade: 'Penata (III/c)', echelon: 'IV.a' }]),
        }),
        expected: [{ page: 3, row: 2 }],
      },
      {
        name: 'a row whose name and NIP cells hold only dashes',
        doc: decreeDoc({ records: recordsOf([FAUZI, { no: '2', name: '-', nip: '-' }]) }),
        expected: [{ page: 3, row: 2 }],
      },
      {
        name: '2 of 5 rows without a readable NIP',
        doc: decreeDoc({ records: nipRows(5, 2) }),
        expected: [{}],
      },
      {
        name: 'two empty rows among 6: their own findings and the share',
        doc: decreeDoc({ records: recordsOf([FAUZI, BUDI, AMINAH, DEWI, { no: '5' }, { no: '6' }]) }),
        expected: [{}, { page: 3, row: 5 }, { page: 3, row: 6 }],
      },
    ],
  },
};
