import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES, ruleFor } from '../../src/checks/index.js';
import type { Rule } from '../../src/checks/rule.js';
import { runChecks, sortFindings } from '../../src/checks/run-checks.js';
import type { RowCells } from '../../src/extract/columns.js';
import type { ExtractedDocument } from '../../src/extract/document.js';
import { type Finding, SeveritySchema } from '../../src/model.js';
import { checkedDocument } from '../../src/run.js';
import { decreeOn, docOf, findingsOf, project } from '../helpers.js';
import { DECREE_TABLES as OTHER_TABLES } from './decree-tables.js';
import { PRESIGN_TABLES } from './presign-tables.js';

const DECREE_TABLES = { ...OTHER_TABLES, ...PRESIGN_TABLES };

/** A clean row: echelon III.a holds IV/a..IV/b; born 1970, first appointed at 24, male with `H.`. */
const FAUZI: RowCells = {
  name: 'H. Ahmad Fauzi, S.H.',
  nip: '19700512 199503 1 002',
  rankGrade: 'Pembina (IV/a)',
  echelon: 'III.a',
  positionOld: 'Kepala Seksi Pengadaan',
  positionNew: 'Kepala Bidang Mutasi',
  unit: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
};

/** A clean functional post: no echelon, female NIP with `Hj.`. */
const AMINAH: RowCells = {
  name: 'Hj. Siti Aminah, S.Sos., M.Si.',
  nip: '19780823 200212 2 004',
  rankGrade: 'Penata Tk. I (III/d)',
  echelon: '-',
  positionNew: 'Analis Kebijakan Ahli Muda',
  unit: 'Bagian Organisasi Sekretariat Daerah',
};

function row(overrides: RowCells, base: RowCells = FAUZI): RowCells {
  return { ...base, ...overrides };
}

function without(field: keyof RowCells, base: RowCells = FAUZI): RowCells {
  const { [field]: _dropped, ...rest } = base;
  return rest;
}

interface Case {
  name: string;
  rows: RowCells[];
  /** The decree date, for checks that compare against it. */
  decreeDate?: string;
  /** `[row, cells, header]`: a record the reader found wider or narrower than the header. */
  widths?: Array<[number, number, number]>;
}

interface InvalidCase extends Case {
  /** Every finding of the code, as `{ row, field }`. */
  expected: Array<{ row: number; field?: string }>;
}

function caseDoc(c: Case): ExtractedDocument {
  const doc = docOf(c.rows, c.decreeDate ? { decree: decreeOn(c.decreeDate) } : {});
  for (const [rowNumber, cells, header] of c.widths ?? []) {
    const record = doc.records[rowNumber - 1];
    if (record) record.width = { cells, header };
  }
  return doc;
}

function ofCode(c: Case, code: string) {
  return runChecks(caseDoc(c)).filter((finding) => finding.code === code);
}

const TABLED = new Set<string>();

/** One describe block per check: valid cases give no finding of `code`, invalid ones give exactly `expected`. */
function checkTable(code: string, table: { valid: Case[]; invalid: InvalidCase[] }): void {
  TABLED.add(code);
  describe(code, () => {
    it.each(table.valid)('valid: $name', (c) => {
      expect(project(ofCode(c, code), ['row', 'field', 'message'])).toEqual([]);
    });
    it.each(table.invalid)('invalid: $name', (c) => {
      expect(project(ofCode(c, code), ['row', 'field'])).toEqual(c.expected);
    });
  });
}

checkTable('row-malformed', {
  valid: [
    { name: 'a record as wide as the header', rows: [FAUZI, AMINAH] },
    { name: 'a sparse row (blank cells are not missing cells)', rows: [without('unit')] },
  ],
  invalid: [
    { name: 'one cell too many', rows: [FAUZI], widths: [[1, 9, 8]], expected: [{ row: 1 }] },
    {
      name: 'one cell too few, on the second row',
      rows: [FAUZI, AMINAH],
      widths: [[2, 7, 8]],
      expected: [{ row: 2 }],
    },
  ],
});

describe('row-malformed message', () => {
  it('gives both widths', () => {
    const c: Case = { name: 'wide', rows: [FAUZI], widths: [[1, 9, 8]] };
    expect(project(ofCode(c, 'row-malformed'), ['message'])).toEqual([
      { message: 'row has 9 cells, the header has 8' },
    ]);
  });
});

checkTable('field-missing', {
  valid: [
    { name: 'name and NIP in their own columns', rows: [FAUZI, AMINAH] },
    {
      name: 'name and NIP in one wrapped cell',
      rows: [{ nameNip: 'H. AHMAD FAUZI, S.H.\nNIP. 19700512 199503 1 002', rankGrade: 'Pembina (IV/a)' }],
    },
    { name: 'a spreadsheet-damaged NIP is there, only damaged', rows: [row({ nip: '1,97005E+17' })] },
    { name: 'an old 9-digit NIP', rows: [row({ nip: '131110468' })] },
  ],
  invalid: [
    { name: 'no NIP column', rows: [without('nip')], expected: [{ row: 1, field: 'nip' }] },
    { name: 'a blank NIP', rows: [FAUZI, row({ nip: '  ' })], expected: [{ row: 2, field: 'nip' }] },
    { name: 'no name', rows: [without('name')], expected: [{ row: 1, field: 'name' }] },
    {
      name: 'a name of only a comma and spaces',
      rows: [row({ name: ' , ' })],
      expected: [{ row: 1, field: 'name' }],
    },
    {
      name: 'a wrapped cell with only the NIP',
      rows: [{ nameNip: 'NIP. 19700512 199503 1 002', positionNew: 'Kepala Bidang Mutasi' }],
      expected: [{ row: 1, field: 'name' }],
    },
    {
      name: 'neither name nor NIP',
      rows: [FAUZI, { rankGrade: 'Penata (III/c)', positionNew: 'Kepala Seksi Mutasi' }],
      expected: [
        { row: 2, field: 'name' },
        { row: 2, field: 'nip' },
      ],
    },
  ],
});

checkTable('nip-invalid', {
  valid: [
    { name: 'spaced NIP', rows: [FAUZI] },
    { name: 'bare 18 digits', rows: [row({ nip: '197005121995031002' })] },
    { name: 'with its label', rows: [row({ nip: 'NIP. 19700512 199503 1 002' })] },
    { name: 'dotted', rows: [row({ nip: '19700512.199503.1.002' })] },
    { name: 'female', rows: [AMINAH] },
    { name: 'old 9-digit NIP', rows: [row({ nip: '131110468' })] },
    {
      name: 'NI PPPK (digit 13 is 2)',
      rows: [row({ nip: '19850314 202321 1 005', rankGrade: 'IX', echelon: '-' })],
    },
    { name: 'leap day', rows: [row({ nip: '19720229 199703 1 001' })] },
    { name: 'Excel scientific notation is nip-mangled instead', rows: [row({ nip: '1,97005E+17' })] },
    { name: 'zero-padded serial is nip-mangled instead', rows: [row({ nip: '197005121995031000' })] },
    { name: 'a missing NIP is field-missing instead', rows: [without('nip')] },
  ],
  invalid: [
    {
      name: 'a 16-digit NIK in the NIP column',
      rows: [row({ nip: '6371051205700002' })],
      expected: [{ row: 1, field: 'nip' }],
    },
    {
      name: 'birth date 1970-02-30',
      rows: [FAUZI, row({ nip: '19700230 199503 1 002' })],
      expected: [{ row: 2, field: 'nip' }],
    },
    {
      name: 'birth date 1971-02-29 (not a leap year)',
      rows: [row({ nip: '19710229 199603 1 002' })],
      expected: [{ row: 1, field: 'nip' }],
    },
    {
      name: 'TMT month 13',
      rows: [row({ nip: '19700512 199513 1 002' })],
      expected: [{ row: 1, field: 'nip' }],
    },
    {
      name: 'sex digit 3',
      rows: [row({ nip: '19700512 199503 3 002' })],
      expected: [{ row: 1, field: 'nip' }],
    },
    {
      name: 'TMT before birth',
      rows: [row({ nip: '19700512 196503 1 002' })],
      expected: [{ row: 1, field: 'nip' }],
    },
    {
      name: 'first appointed at 8',
      rows: [row({ nip: '19700512 197903 1 002' })],
      expected: [{ row: 1, field: 'nip' }],
    },
    {
      name: '17 digits',
      rows: [row({ nip: '19700512 199503 1 00' })],
      expected: [{ row: 1, field: 'nip' }],
    },
    {
      name: 'a letter O for a zero',
      rows: [row({ nip: '19700512 1995O3 1 002' })],
      expected: [{ row: 1, field: 'nip' }],
    },
  ],
});

describe('nip-invalid message', () => {
  it('names a NIK as a NIK', () => {
    const [finding] = findingsOf([row({ nip: '6371051205700002' })], 'nip-invalid');
    expect(finding?.message).toBe('6371051205700002: 16 digits is a NIK (national ID number), not a NIP');
  });
  it('says which date is not real', () => {
    const [finding] = findingsOf([row({ nip: '19700230 199503 1 002' })], 'nip-invalid');
    expect(finding?.message).toContain('1970-02-30 is not a real date');
  });
});

checkTable('nip-mangled', {
  valid: [
    { name: 'an 18-digit NIP', rows: [FAUZI, AMINAH] },
    {
      name: 'a NIP whose serial ends in zeros but is not 000',
      rows: [row({ nip: '19700512 199503 1 100' })],
    },
    { name: 'an old 9-digit NIP', rows: [row({ nip: '131110468' })] },
    { name: 'a NIK', rows: [row({ nip: '6371051205700002' })] },
    { name: 'no NIP', rows: [without('nip')] },
  ],
  invalid: [
    {
      name: 'scientific notation with a decimal comma',
      rows: [row({ nip: '1,97005E+17' })],
      expected: [{ row: 1, field: 'nip' }],
    },
    {
      name: 'scientific notation with a decimal point, second row',
      rows: [AMINAH, row({ nip: '1.97005E+17' })],
      expected: [{ row: 2, field: 'nip' }],
    },
    {
      name: '15 significant digits padded with zeros',
      rows: [row({ nip: '197005121995031000' })],
      expected: [{ row: 1, field: 'nip' }],
    },
    {
      name: 'in a wrapped name/NIP cell',
      rows: [{ nameNip: 'H. AHMAD FAUZI, S.H.\nNIP. 1,97005E+17', echelon: 'III.a' }],
      expected: [{ row: 1, field: 'nip' }],
    },
  ],
});

describe('nip-mangled is the only NIP finding on a damaged row', () => {
  it.each(['1,97005E+17', '1.97005E+17', '197005121995031000'])('%s', (nip) => {
    const codes = findingsOf([row({ nip }), row({ nip })])
      .filter((finding) => finding.code.startsWith('nip-') || finding.code === 'field-missing')
      .map((finding) => [finding.row, finding.code]);
    expect(codes).toEqual([
      [1, 'nip-mangled'],
      [2, 'nip-mangled'],
    ]);
  });

  it('keeps the damaged text in the message and no digits in the appointee', () => {
    const doc = docOf([row({ nip: '1,97005E+17' })]);
    expect(doc.records[0]?.appointee.nip).toBeNull();
    expect(runChecks(doc).find((finding) => finding.code === 'nip-mangled')?.message).toContain(
      'NIP 1,97005E+17 was turned into a number by a spreadsheet',
    );
  });
});

checkTable('nip-duplicate', {
  valid: [
    { name: 'two people', rows: [FAUZI, AMINAH] },
    { name: 'two rows without a NIP', rows: [without('nip'), without('nip', AMINAH)] },
    {
      name: 'two damaged NIPs cannot be compared',
      rows: [row({ nip: '1,97005E+17' }), row({ nip: '1,97005E+17' })],
    },
    {
      name: 'NIPs differing only in the serial',
      rows: [FAUZI, row({ nip: '19700512 199503 1 003' })],
    },
  ],
  invalid: [
    {
      name: 'the same NIP on rows 1 and 3',
      rows: [FAUZI, AMINAH, row({ name: 'Budi Santoso, S.E.' })],
      expected: [{ row: 3, field: 'nip' }],
    },
    {
      name: 'spaced on one row, bare on the other',
      rows: [FAUZI, row({ nip: '197005121995031002' })],
      expected: [{ row: 2, field: 'nip' }],
    },
    {
      name: 'labelled on one row, in a wrapped cell on the other',
      rows: [
        row({ nip: 'NIP. 19780823 200212 2 004' }, AMINAH),
        { nameNip: 'HJ. SITI AMINAH, S.SOS., M.SI.\nNIP. 19780823 200212 2 004' },
      ],
      expected: [{ row: 2, field: 'nip' }],
    },
    {
      name: 'three times: every later row',
      rows: [FAUZI, FAUZI, FAUZI],
      expected: [
        { row: 2, field: 'nip' },
        { row: 3, field: 'nip' },
      ],
    },
  ],
});

describe('nip-duplicate message', () => {
  it('names the first row, on every later row', () => {
    const findings = findingsOf([AMINAH, FAUZI, row({ nip: '197005121995031002' }), FAUZI], 'nip-duplicate');
    expect(project(findings, ['row', 'message'])).toEqual([
      { row: 3, message: 'NIP 197005121995031002 is also on row 2' },
      { row: 4, message: 'NIP 197005121995031002 is also on row 2' },
    ]);
  });

  it('names the page when the first row has one', () => {
    const doc = docOf([FAUZI, FAUZI]);
    for (const record of doc.records) record.appointee.page = 2;
    const findings = runChecks(doc).filter((finding) => finding.code === 'nip-duplicate');
    expect(project(findings, ['page', 'row', 'message'])).toEqual([
      { page: 2, row: 2, message: 'NIP 197005121995031002 is also on page 2, row 1' },
    ]);
  });
});

/** Born 1962-01-15: 64 on the decree date below; 58 is the retirement age of echelon III. */
const RETIRED = row({ name: 'Drs. Bambang Sutrisno, M.M.', nip: '19620115 198803 1 003' });
const DECREE_DATE = '2026-02-06';

checkTable('nip-implausible', {
  valid: [
    {
      name: 'first appointed at 36 in 2016: 35 at application, a year to the TMT',
      rows: [row({ nip: '19800101 201601 1 002' })],
    },
    {
      name: 'first appointed at 40 in 2010: honorary staff, 36 on 1 January 2006',
      rows: [row({ nip: '19700512 201003 1 002' })],
    },
    { name: 'honorary years, 46 on 1 January 2006', rows: [row({ nip: '19591201 200903 1 002' })] },
    {
      name: 'a doctor first appointed at 40 in 2016',
      rows: [row({ nip: '19760101 201603 1 002', positionNew: 'Dokter Ahli Pertama pada Puskesmas Gambut' })],
    },
    {
      name: 'a kepala sekolah at 59: a teacher retires at 60',
      rows: [
        row({ nip: '19661201 199003 1 002', echelon: 'IV.a', positionNew: 'Kepala SMPN 5 Banjarmasin' }),
      ],
      decreeDate: DECREE_DATE,
    },
    {
      name: 'a lecturer at 63: lecturers retire at 65',
      rows: [
        row({ nip: '19620601 199003 1 002', echelon: '-', positionNew: 'Dosen pada Politeknik Negeri' }),
      ],
      decreeDate: DECREE_DATE,
    },
    { name: 'clean rows with a decree date', rows: [FAUZI, AMINAH], decreeDate: DECREE_DATE },
    { name: 'past retirement age, but no decree date to tell', rows: [RETIRED] },
    {
      name: 'TMT after the decree date, but no decree date to tell',
      rows: [row({ name: 'Rizky Pratama, S.Kom.', nip: '20000101 202603 1 001', rankGrade: 'III/a' })],
    },
    {
      name: 'one day short of 58 on the decree date',
      rows: [row({ nip: '19680207 199403 1 001' })],
      decreeDate: DECREE_DATE,
    },
    {
      name: '59 in a functional Ahli Madya post (retires at 60)',
      rows: [
        row({
          nip: '19670101 199303 1 001',
          echelon: '-',
          positionNew: 'Analis Kebijakan Ahli Madya',
          rankGrade: 'Pembina Tk. I (IV/b)',
        }),
      ],
      decreeDate: DECREE_DATE,
    },
    { name: 'first appointed at exactly 36', rows: [row({ nip: '19700512 200606 1 002' })] },
    {
      name: 'a PPPK appointee over 36 at appointment',
      rows: [
        row({
          name: 'Dewi Lestari, S.Pd.',
          nip: '19850314 202321 2 005',
          rankGrade: 'IX',
          echelon: undefined,
          positionNew: 'Guru Ahli Pertama',
        }),
      ],
      decreeDate: DECREE_DATE,
    },
    { name: 'a title matching the sex digit', rows: [FAUZI, AMINAH] },
    {
      name: 'a spreadsheet-damaged NIP is not judged',
      rows: [row({ nip: '196201151988031000' })],
      decreeDate: DECREE_DATE,
    },
    { name: 'an invalid birth date is not judged', rows: [row({ nip: '19620230 199003 1 003' })] },
  ],
  invalid: [
    {
      name: 'at or past retirement age on the decree date',
      rows: [FAUZI, RETIRED],
      decreeDate: DECREE_DATE,
      expected: [{ row: 2, field: 'nip' }],
    },
    {
      name: 'exactly 58 on the decree date',
      rows: [row({ nip: '19680206 199403 1 001' })],
      decreeDate: DECREE_DATE,
      expected: [{ row: 1, field: 'nip' }],
    },
    {
      name: '59 in an echelon III.b post (retires at 58)',
      rows: [row({ nip: '19670101 199303 1 001', echelon: 'III.b' })],
      decreeDate: DECREE_DATE,
      expected: [{ row: 1, field: 'nip' }],
    },
    {
      name: 'TMT after the decree date',
      rows: [row({ name: 'Rizky Pratama, S.Kom.', nip: '20000101 202603 1 001', rankGrade: 'III/a' })],
      decreeDate: DECREE_DATE,
      expected: [{ row: 1, field: 'nip' }],
    },
    {
      name: 'first appointed at 47 in 2018, no decree date needed',
      rows: [row({ nip: '19700512 201803 1 002' })],
      expected: [{ row: 1, field: 'nip' }],
    },
    {
      name: 'first appointed at 37 in 2016, past the general limit of 35 and its year',
      rows: [row({ nip: '19790101 201603 1 002' })],
      expected: [{ row: 1, field: 'nip' }],
    },
    {
      name: 'a doctor first appointed at 42 in 2016, past the 40 of exempted posts',
      rows: [row({ nip: '19740101 201603 1 002', positionNew: 'Dokter Ahli Muda pada RSUD Ulin' })],
      expected: [{ row: 1, field: 'nip' }],
    },
    {
      name: "a kepala sekolah at 60: the teachers' retirement age",
      rows: [
        row({ nip: '19651201 199003 1 002', echelon: 'IV.a', positionNew: 'Kepala SMPN 5 Banjarmasin' }),
      ],
      decreeDate: DECREE_DATE,
      expected: [{ row: 1, field: 'nip' }],
    },
    {
      name: 'honorary years, but 50 on 1 January 2006: past the 46 of PP 48/2005',
      rows: [row({ nip: '19550101 200803 1 002' })],
      expected: [{ row: 1, field: 'nip' }],
    },
    {
      name: 'Hj. with a male sex digit',
      rows: [row({ nip: '19780823 200212 1 004' }, AMINAH)],
      expected: [{ row: 1, field: 'nip' }],
    },
    {
      name: 'H. with a female sex digit',
      rows: [AMINAH, row({ nip: '19700512 199503 2 002' })],
      expected: [{ row: 2, field: 'nip' }],
    },
    {
      name: 'a PPPK number with a PNS grade',
      rows: [
        row({ name: 'Dewi Lestari, S.Pd.', nip: '19850314 202321 2 005', rankGrade: 'Penata Muda (III/a)' }),
      ],
      expected: [{ row: 1, field: 'nip' }],
    },
  ],
});

describe('nip-implausible messages', () => {
  it("names the rule that applied: the teachers' retirement age for a kepala sekolah, the honorary limit", () => {
    const head = row({
      nip: '19651201 199003 1 002',
      echelon: 'IV.a',
      positionNew: 'Kepala SMPN 5 Banjarmasin',
    });
    expect(findingsOf([head], 'nip-implausible', { decree: decreeOn(DECREE_DATE) })[0]?.message).toBe(
      'age 60 on the decree date 2026-02-06 (born 1965-12-01) is at or past the retirement age 60 for teachers, a kepala sekolah included (UU 14/2005)',
    );
    const honorary = row({ nip: '19550101 200803 1 002' });
    expect(findingsOf([honorary], 'nip-implausible')[0]?.message).toBe(
      'age at TMT 2008-03 is 53, over 46 (born 1955-01-01): honorary staff appointed 2005-2014 were at most 46 on 1 January 2006 (PP 48/2005)',
    );
  });

  it('gives the age, the decree date and the retirement age', () => {
    const findings = findingsOf([RETIRED], 'nip-implausible', { decree: decreeOn(DECREE_DATE) });
    expect(project(findings, ['row', 'message'])).toEqual([
      {
        row: 1,
        message:
          'age 64 on the decree date 2026-02-06 (born 1962-01-15) is at or past the retirement age 58 for administrator, pengawas and pelaksana posts (PP 11/2017 art. 239)',
      },
    ]);
  });

  it('reports each oddity of one NIP', () => {
    const odd = row({ name: 'Hj. Siti Aminah', nip: '19620115 199903 1 003' });
    const findings = findingsOf([odd], 'nip-implausible', { decree: decreeOn(DECREE_DATE) });
    expect(findings).toHaveLength(3);
  });
});

checkTable('grade-unrecognised', {
  valid: [
    { name: 'rank and grade', rows: [FAUZI, AMINAH] },
    { name: 'grade alone, dotted', rows: [row({ rankGrade: 'IV.a' })] },
    { name: 'grade alone, run together', rows: [row({ rankGrade: 'IVa' })] },
    { name: 'rank alone', rows: [row({ rankGrade: 'Pembina' })] },
    { name: 'rank, comma, grade', rows: [row({ rankGrade: 'Pembina, IV/a' })] },
    { name: 'rank Tk.I and grade', rows: [row({ rankGrade: 'Penata Muda Tk.I / III.b', echelon: 'IV.b' })] },
    {
      name: 'rank and grade in two columns',
      rows: [row({ rankGrade: undefined, rank: 'Pembina', grade: 'IV/a' })],
    },
    { name: 'a PPPK grade', rows: [row({ rankGrade: 'IX', echelon: '-' })] },
    { name: 'no rank or grade column', rows: [without('rankGrade')] },
    {
      name: 'a rank that disagrees is rank-grade-mismatch instead',
      rows: [row({ rankGrade: 'Penata (IV/a)' })],
    },
  ],
  invalid: [
    { name: 'grade III/f', rows: [row({ rankGrade: 'III/f' })], expected: [{ row: 1, field: 'grade' }] },
    {
      name: 'a word that is no rank, second row',
      rows: [FAUZI, row({ rankGrade: 'Staf' })],
      expected: [{ row: 2, field: 'grade' }],
    },
    { name: 'grade V/a', rows: [row({ rankGrade: 'V/a' })], expected: [{ row: 1, field: 'grade' }] },
    {
      name: 'a grade column holding junk',
      rows: [row({ rankGrade: undefined, grade: 'Gol. Z' })],
      expected: [{ row: 1, field: 'grade' }],
    },
  ],
});

describe('grade-unrecognised message', () => {
  it('quotes the cell', () => {
    const findings = findingsOf([row({ rankGrade: 'III/f' })], 'grade-unrecognised');
    expect(project(findings, ['message'])).toEqual([
      { message: "'III/f' is not a civil-service grade or rank" },
    ]);
  });
});

checkTable('rank-grade-mismatch', {
  valid: [
    { name: 'rank and grade agree', rows: [FAUZI, AMINAH] },
    { name: 'Tingkat I spelled out', rows: [row({ rankGrade: 'Pembina Tingkat I (IV/b)' })] },
    { name: 'Tkt. I', rows: [row({ rankGrade: 'Penata Tkt. I, III/d', echelon: 'III.b' })] },
    { name: 'grade alone', rows: [row({ rankGrade: 'IV/a' })] },
    { name: 'rank alone', rows: [row({ rankGrade: 'Pembina' })] },
    {
      name: 'two columns that agree',
      rows: [row({ rankGrade: undefined, rank: 'Penata Muda Tingkat I', grade: 'III/b', echelon: 'IV.b' })],
    },
  ],
  invalid: [
    {
      name: 'Penata with III/d',
      rows: [row({ rankGrade: 'Penata (III/d)' })],
      expected: [{ row: 1, field: 'rank' }],
    },
    {
      name: 'Pembina Tingkat I with IV/a',
      rows: [AMINAH, row({ rankGrade: 'Pembina Tingkat I (IV/a)' })],
      expected: [{ row: 2, field: 'rank' }],
    },
    {
      name: 'two columns that disagree',
      rows: [row({ rankGrade: undefined, rank: 'Penata Muda', grade: 'III/b' })],
      expected: [{ row: 1, field: 'rank' }],
    },
  ],
});

describe('rank-grade-mismatch message', () => {
  it('gives both grades and both ranks', () => {
    const findings = findingsOf([row({ rankGrade: 'Penata (III/d)' })], 'rank-grade-mismatch');
    expect(project(findings, ['message'])).toEqual([
      { message: "rank 'Penata' is III/c but the grade says III/d (Penata Tingkat I)" },
    ]);
  });
});

checkTable('echelon-unrecognised', {
  valid: [
    { name: 'III.a', rows: [FAUZI] },
    { name: 'a dash', rows: [AMINAH] },
    { name: 'an en dash', rows: [row({ echelon: '\u2013' }, AMINAH)] },
    { name: 'Fungsional', rows: [row({ echelon: 'Fungsional' }, AMINAH)] },
    { name: 'JFT', rows: [row({ echelon: 'JFT' }, AMINAH)] },
    { name: 'Non Eselon', rows: [row({ echelon: 'Non Eselon' }, AMINAH)] },
    { name: 'Non-Eselon', rows: [row({ echelon: 'Non-Eselon' }, AMINAH)] },
    { name: 'an empty cell', rows: [row({ echelon: '' })] },
    { name: 'no echelon column', rows: [without('echelon')] },
    { name: 'Pelaksana', rows: [row({ echelon: 'Pelaksana', positionNew: 'Pengadministrasi Umum' })] },
    { name: 'III/a', rows: [row({ echelon: 'III/a' })] },
    { name: 'IIIa', rows: [row({ echelon: 'IIIa' })] },
    { name: 'Es. III.a', rows: [row({ echelon: 'Es. III.a' })] },
    { name: 'eselon 3a', rows: [row({ echelon: 'eselon 3a' })] },
    { name: 'bare Eselon III', rows: [row({ echelon: 'Eselon III' })] },
  ],
  invalid: [
    { name: 'III.c', rows: [row({ echelon: 'III.c' })], expected: [{ row: 1, field: 'echelon' }] },
    {
      name: 'VI.a, second row',
      rows: [FAUZI, row({ echelon: 'VI.a' })],
      expected: [{ row: 2, field: 'echelon' }],
    },
    { name: 'V.b', rows: [row({ echelon: 'V.b' })], expected: [{ row: 1, field: 'echelon' }] },
    {
      name: 'a note in the echelon column',
      rows: [row({ echelon: 'lihat lampiran' })],
      expected: [{ row: 1, field: 'echelon' }],
    },
  ],
});

describe('echelon-unrecognised message', () => {
  it('quotes the cell', () => {
    const findings = findingsOf([row({ echelon: 'III.c' })], 'echelon-unrecognised');
    expect(project(findings, ['message'])).toEqual([{ message: "'III.c' is not an echelon" }]);
  });
});

/** Echelon, its lowest grade, one below (allowed), two below (a violation). */
checkTable('grade-below-echelon', {
  valid: [
    { name: 'III.a at its lowest IV/a', rows: [FAUZI] },
    {
      name: 'III.b one below its lowest III/d',
      rows: [row({ rankGrade: 'Penata (III/c)', echelon: 'III.b' })],
    },
    { name: 'IV.a one below its lowest III/c', rows: [row({ rankGrade: 'III/b', echelon: 'IV.a' })] },
    { name: 'V.a one below its lowest III/a', rows: [row({ rankGrade: 'II/d', echelon: 'V.a' })] },
    { name: 'II.a one below its lowest IV/c', rows: [row({ rankGrade: 'IV/b', echelon: 'II.a' })] },
    { name: 'above the highest is grade-above-echelon instead', rows: [row({ rankGrade: 'IV/c' })] },
    { name: 'no echelon', rows: [row({ rankGrade: 'II/a' }, AMINAH)] },
    { name: 'an unrecognised echelon', rows: [row({ rankGrade: 'II/a', echelon: 'III.c' })] },
    { name: 'a PPPK grade', rows: [row({ rankGrade: 'V', echelon: 'IV.b' })] },
    {
      name: 'a grade the rank contradicts (Penata, III/c, beside I/c as a scan reads it): rank-grade-mismatch says it',
      rows: [row({ rankGrade: 'Penata (I/c)', echelon: 'IV.a' })],
    },
  ],
  invalid: [
    {
      name: 'rank and grade disagree, and both are below (Pengatur, II/c, beside II/a)',
      rows: [row({ rankGrade: 'Pengatur (II/a)', echelon: 'IV.a' })],
      expected: [{ row: 1, field: 'grade' }],
    },
    {
      name: 'III.b two below its lowest III/d',
      rows: [row({ rankGrade: 'Penata Muda Tk. I (III/b)', echelon: 'III.b' })],
      expected: [{ row: 1, field: 'grade' }],
    },
    {
      name: 'IV.a two below its lowest III/c',
      rows: [AMINAH, row({ rankGrade: 'III/a', echelon: 'IV.a' })],
      expected: [{ row: 2, field: 'grade' }],
    },
    {
      name: 'V.a two below its lowest III/a',
      rows: [row({ rankGrade: 'Pengatur (II/c)', echelon: 'V.a' })],
      expected: [{ row: 1, field: 'grade' }],
    },
    {
      name: 'II.a two below its lowest IV/c',
      rows: [row({ rankGrade: 'Pembina (IV/a)', echelon: 'II.a' })],
      expected: [{ row: 1, field: 'grade' }],
    },
    {
      name: 'echelon spelled Es. III.b',
      rows: [row({ rankGrade: 'III/a', echelon: 'Es. III.b' })],
      expected: [{ row: 1, field: 'grade' }],
    },
  ],
});

describe('grade-below-echelon message', () => {
  it('counts the steps and names the lowest grade', () => {
    const findings = findingsOf([row({ rankGrade: 'III/b', echelon: 'III.b' })], 'grade-below-echelon');
    expect(project(findings, ['message'])).toEqual([
      { message: 'grade III/b is 2 steps below III/d, the lowest for echelon III.b (one below is allowed)' },
    ]);
  });
});

checkTable('grade-above-echelon', {
  valid: [
    { name: 'III.a at its highest IV/b', rows: [row({ rankGrade: 'Pembina Tk. I (IV/b)' })] },
    { name: 'III.b at its highest IV/a', rows: [row({ echelon: 'III.b' })] },
    {
      name: 'I.a at IV/e (nothing is higher)',
      rows: [row({ rankGrade: 'Pembina Utama (IV/e)', echelon: 'I.a' })],
    },
    { name: 'below the lowest is grade-below-echelon instead', rows: [row({ rankGrade: 'III/a' })] },
    { name: 'no echelon', rows: [row({ rankGrade: 'IV/e' }, AMINAH)] },
    {
      name: 'a grade the rank contradicts (Pembina, IV/a, beside IV/d): rank-grade-mismatch says it',
      rows: [row({ rankGrade: 'Pembina (IV/d)', echelon: 'III.b' })],
    },
  ],
  invalid: [
    {
      name: 'III.b one above its highest IV/a',
      rows: [row({ rankGrade: 'Pembina Tk. I (IV/b)', echelon: 'III.b' })],
      expected: [{ row: 1, field: 'grade' }],
    },
    {
      name: 'IV.a above its highest III/d',
      rows: [AMINAH, row({ rankGrade: 'Pembina (IV/a)', echelon: 'IV.a' })],
      expected: [{ row: 2, field: 'grade' }],
    },
    {
      name: 'bare Eselon III above IV/b',
      rows: [row({ rankGrade: 'IV/c', echelon: 'Eselon III' })],
      expected: [{ row: 1, field: 'grade' }],
    },
  ],
});

describe('grade-above-echelon message', () => {
  it('names the highest grade', () => {
    const findings = findingsOf([row({ rankGrade: 'IV/c' })], 'grade-above-echelon');
    expect(project(findings, ['message'])).toEqual([
      { message: 'grade IV/c is above IV/b, the highest for echelon III.a' },
    ]);
  });
});

describe('every check has a table', () => {
  it('covers every rule with a run or a row check, here or in decree-checks.test.ts', () => {
    const checks = RULES.filter((rule) => rule.run || rule.row).map((rule) => rule.code);
    // level-conflict needs rows read under a band: level-conflict.test.ts builds them.
    const elsewhere = ['level-conflict'];
    expect([...TABLED, ...Object.keys(DECREE_TABLES), ...elsewhere].sort()).toEqual([...checks].sort());
  });
});

/** One row for each check to find something in. */
const EVERYTHING: Case = {
  name: 'every check fires',
  rows: [
    without('nip'),
    row({ nip: '6371051205700002' }),
    row({ nip: '1,97005E+17' }),
    AMINAH,
    AMINAH,
    RETIRED,
    row({ rankGrade: 'III/f' }),
    row({ rankGrade: 'Penata (III/d)', echelon: 'III.b' }),
    row({ echelon: 'III.c' }),
    row({ rankGrade: 'III/a', echelon: 'III.a', nip: '19800101 200501 1 001' }),
    row({ rankGrade: 'IV/c', echelon: 'III.a', nip: '19800101 200501 1 002' }),
  ],
  decreeDate: DECREE_DATE,
  widths: [[1, 9, 8]],
};

describe('the registry', () => {
  it('has unique kebab-case codes with a severity, description, why and example', () => {
    const codes = RULES.map((rule) => rule.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const rule of RULES) {
      expect(rule.code).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(SeveritySchema.safeParse(rule.severity).success).toBe(true);
      expect(rule.description.trim()).not.toBe('');
      expect(rule.why.trim()).not.toBe('');
      expect(rule.example.trim()).not.toBe('');
      expect(ruleFor(rule.code)).toBe(rule);
    }
  });

  it('names each check file after its code', () => {
    for (const rule of RULES) {
      expect(existsSync(new URL(`../../src/checks/${rule.code}.ts`, import.meta.url))).toBe(true);
    }
  });

  // Decree checks find nothing in a roster; decree-checks.test.ts runs each alone on its invalid cases.
  const rosterChecks = RULES.filter((rule) => rule.run && !(rule.code in DECREE_TABLES));
  it.each(rosterChecks)('$code reports only its own code', (rule) => {
    const findings = runChecks(caseDoc(EVERYTHING), [rule]);
    expect(findings.length).toBeGreaterThan(0);
    expect(new Set(findings.map((finding) => finding.code))).toEqual(new Set([rule.code]));
    expect(new Set(findings.map((finding) => finding.severity))).toEqual(new Set([rule.severity]));
  });
});

function fakeRule(code: string, run: Rule['run']): Rule {
  return { code, severity: 'warning', description: code, why: code, example: code, run };
}

describe('runChecks', () => {
  it('turns a check that throws into an internal-error finding and runs the others', () => {
    const rules: Rule[] = [
      fakeRule('boom', () => {
        throw new Error('Cannot read properties of undefined');
      }),
      fakeRule('string-thrown', () => {
        throw 'kaput';
      }),
      ...RULES,
    ];
    const doc = docOf([FAUZI, without('nip')]);
    let findings: Finding[] = [];
    expect(() => {
      findings = runChecks(doc, rules);
    }).not.toThrow();
    expect(project(findings, ['code', 'severity', 'row', 'message'])).toEqual([
      {
        code: 'internal-error',
        severity: 'error',
        message: 'check boom failed: Cannot read properties of undefined',
      },
      { code: 'internal-error', severity: 'error', message: 'check string-thrown failed: kaput' },
      { code: 'field-missing', severity: 'warning', row: 2, message: 'row has no NIP' },
    ]);
  });

  it('keeps what a check reported before it threw', () => {
    const rules = [
      fakeRule('half-done', (_doc, report) => {
        report({ row: 1, field: 'nip', message: 'first' });
        throw new Error('then broke');
      }),
    ];
    expect(project(runChecks(docOf([FAUZI]), rules), ['code', 'row'])).toEqual([
      { code: 'internal-error' },
      { code: 'half-done', row: 1 },
    ]);
  });

  it('sorts by page, row, field, code, then message', () => {
    const shuffled = fakeRule('b-check', (_doc, report) => {
      report({ page: 2, row: 1, message: 'x' });
      report({ page: 1, row: 3, field: 'nip', message: 'x' });
      report({ page: 1, row: 3, field: 'grade', message: 'z' });
      report({ page: 1, row: 3, field: 'grade', message: 'y' });
      report({ page: 1, row: 10, message: 'x' });
      report({ message: 'document-wide' });
      report({ page: 1, row: 2, message: 'x' });
    });
    const other = fakeRule('a-check', (_doc, report) => {
      report({ page: 1, row: 3, field: 'nip', message: 'x' });
    });
    const findings = runChecks(docOf([]), [shuffled, other]);
    expect(project(findings, ['page', 'row', 'field', 'code', 'message'])).toEqual([
      { code: 'b-check', message: 'document-wide' },
      { page: 1, row: 2, code: 'b-check', message: 'x' },
      { page: 1, row: 3, field: 'grade', code: 'b-check', message: 'y' },
      { page: 1, row: 3, field: 'grade', code: 'b-check', message: 'z' },
      { page: 1, row: 3, field: 'nip', code: 'a-check', message: 'x' },
      { page: 1, row: 3, field: 'nip', code: 'b-check', message: 'x' },
      { page: 1, row: 10, code: 'b-check', message: 'x' },
      { page: 2, row: 1, code: 'b-check', message: 'x' },
    ]);
  });

  it('sorts the real checks row by row, with reader notes in place', () => {
    const doc = caseDoc(EVERYTHING);
    doc.notes.push({ code: 'encoding-invalid', message: '1 row(s) hold bytes that are not valid utf-8' });
    const findings = runChecks(doc);
    expect(findings).toEqual(sortFindings([...findings].reverse()));
    expect(project(findings.slice(0, 3), ['code', 'row', 'field'])).toEqual([
      { code: 'encoding-invalid' },
      { code: 'row-malformed', row: 1 },
      { code: 'field-missing', row: 1, field: 'nip' },
    ]);
    expect(findings.find((finding) => finding.code === 'encoding-invalid')?.severity).toBe('warning');
  });

  it('gives the same findings on every run', () => {
    expect(runChecks(caseDoc(EVERYTHING))).toEqual(runChecks(caseDoc(EVERYTHING)));
  });
});

describe('checkedDocument', () => {
  it('is ok with only warnings, and counts appointees per level', () => {
    const doc = checkedDocument(
      docOf([FAUZI, AMINAH, row({ echelon: 'III.c', nip: '19800101 200501 1 001' })]),
    );
    expect(doc.status).toBe('verified');
    expect(project(doc.findings, ['code', 'severity', 'row'])).toEqual([
      { code: 'echelon-unrecognised', severity: 'warning', row: 3 },
    ]);
    expect(doc.counts).toEqual({ total: 3, byLevel: { III: 2, fungsional: 1 } });
    expect(doc.appointees.map((a) => [a.row, a.nip, a.level, a.levelInferred])).toEqual([
      [1, '197005121995031002', 'III', undefined],
      [2, '197808232002122004', 'fungsional', true],
      [3, '198001012005011001', 'III', true],
    ]);
  });

  it('is invalid with one error', () => {
    expect(checkedDocument(docOf([FAUZI, FAUZI])).status).toBe('invalid');
  });
});
