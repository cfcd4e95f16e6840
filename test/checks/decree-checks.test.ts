import { describe, expect, it } from 'vitest';
import { RULES, ruleFor } from '../../src/checks/index.js';
import { runChecks } from '../../src/checks/run-checks.js';
import type { ExtractedDocument } from '../../src/extract/document.js';
import { project } from '../helpers.js';
import { amountOf, claimOf, decreeDoc, recordsOf, rowsOf } from './decree-doc.js';
import { DECREE_TABLES as OTHER_TABLES } from './decree-tables.js';
import { PRESIGN_TABLES } from './presign-tables.js';

const DECREE_TABLES = { ...OTHER_TABLES, ...PRESIGN_TABLES };

function ofCode(doc: ExtractedDocument, code: string) {
  return runChecks(doc).filter((finding) => finding.code === code);
}

function messages(doc: ExtractedDocument, code: string) {
  return ofCode(doc, code).map((finding) => finding.message);
}

describe('the decree tables', () => {
  it('start from a decree no check finds anything in', () => {
    expect(project(runChecks(decreeDoc()), ['code', 'page', 'row', 'field'])).toEqual([]);
  });

  it.each(Object.entries(DECREE_TABLES))(
    '%s has valid and invalid cases of a check with run',
    (code, table) => {
      expect(ruleFor(code)?.run).toBeTypeOf('function');
      expect(table.valid.length).toBeGreaterThan(0);
      expect(table.invalid.length).toBeGreaterThan(0);
    },
  );
});

for (const [code, table] of Object.entries(DECREE_TABLES)) {
  describe(code, () => {
    it.each(table.valid)('valid: $name', ({ doc }) => {
      expect(project(ofCode(doc, code), ['page', 'row', 'field', 'message'])).toEqual([]);
    });
    it.each(table.invalid)('invalid: $name', ({ doc, expected }) => {
      expect(project(ofCode(doc, code), ['page', 'row', 'field'])).toEqual(expected);
    });
    it.each(table.invalid)('alone, reports only its own code: $name', ({ doc }) => {
      const rule = RULES.find((candidate) => candidate.code === code);
      const findings = runChecks(doc, rule ? [rule] : []);
      expect(findings.length).toBeGreaterThan(0);
      expect(new Set(findings.map((finding) => `${finding.code} ${finding.severity}`))).toEqual(
        new Set([`${code} ${rule?.severity}`]),
      );
    });
  });
}

describe('decree check messages', () => {
  it('level-unknown counts the rows and names the first five', () => {
    const records = recordsOf([
      { no: '1', name: 'A', nip: '19700512 199503 1 002', echelon: 'III.a', positionNew: 'Kepala Bidang' },
      ...Array.from({ length: 6 }, (_, i) => ({ no: String(i + 2), name: `B${i}`, positionNew: 'Staf' })),
    ]);
    expect(messages(decreeDoc({ records, claims: [claimOf(7)] }), 'level-unknown')).toEqual([
      '6 of 7 rows have no level (eselon): rows 2, 3, 4, 5, 6, ...',
    ]);
  });

  it('total-mismatch gives the total and the parts', () => {
    const doc = decreeDoc({
      claims: [claimOf(15, ['III 8', 'IV 6'])],
    });
    expect(messages(doc, 'total-mismatch')).toEqual([
      'the claim says 15 in total but its parts add up to 14 (8 + 6)',
    ]);
  });

  it('count-mismatch names the total and each level that differs', () => {
    const doc = decreeDoc({
      claims: [claimOf(4, ['III 2', 'IV 1', 'fungsional 1'])],
    });
    expect(messages(doc, 'count-mismatch')).toEqual([
      'the decree says 2 at eselon III, the lampiran lists 1',
      'the decree says 4 appointees, the lampiran lists 3',
    ]);
  });

  it('amount-words-mismatch says what the words say', () => {
    const doc = decreeDoc({
      amounts: [amountOf(85, 80, 'delapan puluh'), amountOf(7, null, 'tujuh puluhan')],
    });
    expect(messages(doc, 'amount-words-mismatch')).toEqual([
      '7 (tujuh puluhan): the words cannot be read as a number',
      '85 (delapan puluh): the words say 80',
    ]);
  });

  it('number-date-mismatch names the year and the month apart', () => {
    const doc = decreeDoc({ number: '821.2/Kep.97-BKD/XII/2025', date: '2026-01-06' });
    expect(messages(doc, 'number-date-mismatch')).toEqual([
      'the SK number 821.2/Kep.97-BKD/XII/2025 says 2025 but the decree is dated 2026-01-06',
      'the SK number 821.2/Kep.97-BKD/XII/2025 says month 12 but the decree is dated 2026-01-06',
    ]);
  });

  it('attachment-number-mismatch quotes both numbers and both dates', () => {
    const doc = decreeDoc({
      number: '800.1.3.3/03-02/BKD/2026',
      block: { number: '800.1.3.3/03-03/BKD/2026', date: '2026-02-05' },
    });
    expect(messages(doc, 'attachment-number-mismatch')).toEqual([
      'the lampiran says TANGGAL 2026-02-05, the decree 2026-02-06',
      'the lampiran says NOMOR 800.1.3.3/03-03/BKD/2026, the decree 800.1.3.3/03-02/BKD/2026',
    ]);
  });

  it.each([
    [['1', '2', '4'], 'NO jumps from 2 to 4 (expected 3)'],
    [['3', '4', '5'], 'NO jumps from the start to 3 (expected 1)'],
    [['1', '2', ['2']], 'NO jumps from 2 to 2 (expected 1)'],
  ] as const)('row-sequence-gap: %j', (nos, message) => {
    expect(messages(decreeDoc({ rows: rowsOf(nos) }), 'row-sequence-gap')).toEqual([message]);
  });

  it('attachment-missing', () => {
    expect(messages(decreeDoc({ found: false, records: [] }), 'attachment-missing')).toEqual([
      'the decree refers to a lampiran, but no attachment table was read',
    ]);
    const claimed = decreeDoc({ found: false, records: [], claims: [claimOf(80)] });
    expect(messages(claimed, 'attachment-missing')).toEqual([
      'the decree says 80 appointees and refers to a lampiran, but no attachment table was read',
    ]);
    const unmentioned = decreeDoc({ found: false, records: [], claims: [claimOf(80)], mentions: false });
    expect(messages(unmentioned, 'attachment-missing')).toEqual([
      'the decree says 80 appointees and no attachment table was read',
    ]);
  });

  it('attachment-uncertain keeps the doubt and counts unreadable NIPs', () => {
    const records = recordsOf([
      { no: '1', name: 'Pegawai Satu', nip: '6371051205700002' },
      ...[2, 3, 4, 5].map((n) => ({ no: String(n) })),
    ]);
    const doc = decreeDoc({
      records,
      doubts: [
        { page: 4, code: 'attachment-uncertain', message: 'page 4: the table header was not recognised' },
      ],
    });
    expect(project(ofCode(doc, 'attachment-uncertain'), ['page', 'row', 'message'])).toEqual([
      { message: '5 of 5 rows have no readable NIP: the NIP column may have been misread' },
      {
        page: 3,
        row: 2,
        message: 'a row with neither name nor NIP: a row of the table may have been split or merged',
      },
      {
        page: 3,
        row: 3,
        message: 'a row with neither name nor NIP: a row of the table may have been split or merged',
      },
      {
        page: 3,
        row: 4,
        message: 'a row with neither name nor NIP: a row of the table may have been split or merged',
      },
      {
        page: 3,
        row: 5,
        message: 'a row with neither name nor NIP: a row of the table may have been split or merged',
      },
      { page: 4, message: 'page 4: the table header was not recognised' },
    ]);
  });
});
