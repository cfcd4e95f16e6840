import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  APPOINTEE_COLUMNS,
  FINDING_COLUMNS,
  formatAppointeesCsv,
  formatFindingsCsv,
  neutralizeFormula,
} from '../../src/formatters/csv.js';
import { formatJson, formatNdjson } from '../../src/formatters/json.js';
import { formatText } from '../../src/formatters/text.js';
import {
  type Appointee,
  type Document,
  DocumentSchema,
  type Finding,
  type Report,
  ReportSchema,
  SCHEMA_VERSION,
} from '../../src/model.js';
import { countAppointees, summarize } from '../../src/run.js';
import { decreeOn } from '../helpers.js';

/** The start of every ANSI escape sequence chalk writes. */
const ANSI = '\u001b[';
const SK_NUMBER = '800.1.3.3/Kep.411/BKPSDM/10/2025';

function appointee(overrides: Partial<Appointee> & Pick<Appointee, 'row'>): Appointee {
  return {
    name: 'Ahmad Fauzi',
    nameRaw: 'H. Ahmad Fauzi, S.H., M.H.',
    titlesBefore: ['H.'],
    titlesAfter: ['S.H.', 'M.H.'],
    nip: '197005121995031002',
    birthDate: '1970-05-12',
    sex: 'M',
    tmt: '1995-03',
    grade: 'IV/a',
    rank: 'Pembina',
    echelon: 'III.a',
    level: 'III',
    positionOld: 'Kepala Seksi Pengadaan',
    positionNew: 'Kepala Bidang Mutasi',
    unit: 'Badan Kepegawaian Daerah',
    ...overrides,
  };
}

const APPOINTEES: Appointee[] = [
  appointee({ row: 1 }),
  appointee({
    row: 2,
    name: 'Siti Aminah',
    nameRaw: 'Hj. Siti Aminah, S.Sos., M.Si.',
    titlesBefore: ['Hj.'],
    titlesAfter: ['S.Sos.', 'M.Si.'],
    nip: '197808232002122004',
    birthDate: '1978-08-23',
    sex: 'F',
    tmt: '2002-12',
    grade: 'III/d',
    rank: 'Penata Tingkat I',
    echelon: null,
    level: 'fungsional',
    levelInferred: true,
    positionOld: null,
    positionNew: 'Analis Kebijakan Ahli Muda',
    page: 4,
  }),
  appointee({
    row: 3,
    name: '=HYPERLINK("http://example.test","Budi")',
    nameRaw: '=HYPERLINK("http://example.test","Budi")',
    titlesBefore: [],
    titlesAfter: [],
    nip: '198001012005011001',
    birthDate: '1980-01-01',
    tmt: '2005-01',
    grade: 'III/c',
    rank: 'Penata',
    echelon: 'IV.a',
    level: 'IV',
    positionNew: '@SUM(A1:A9)',
    unit: '-3',
  }),
  appointee({ row: 4, name: '+Rahmat', nameRaw: '+Rahmat', titlesBefore: [], titlesAfter: [], nip: null }),
];

/** Hand-written findings: one per severity, some with text a spreadsheet would run as a formula. */
const FINDINGS: Finding[] = [
  { code: 'encoding-invalid', severity: 'warning', message: '@1 row(s) hold bytes that are not valid utf-8' },
  { code: 'field-missing', severity: 'warning', message: 'row has no NIP', row: 4, field: 'nip' },
  { code: 'grade-above-echelon', severity: 'warning', message: '=1+2', row: 3, field: 'grade' },
  { code: 'nip-implausible', severity: 'warning', message: '-3', page: 2, row: 2, field: 'nip' },
  { code: 'nip-implausible', severity: 'warning', message: '\tage 64 on the decree date', page: 2, row: 3 },
  { code: 'nip-implausible', severity: 'info', message: '\rcarriage return', page: 3, row: 1 },
];

const OK_DOC: Document = {
  source: 'rekap-pelantikan-2025.csv',
  kind: 'csv',
  status: 'verified',
  checked: { claims: [], rows: 4, message: '=4 rows of the roster, one by one (NIP, grade, echelon)' },
  decree: decreeOn('2025-10-20', SK_NUMBER),
  claims: [
    {
      total: 4,
      parts: [
        { label: 'Jabatan Administrator (Eselon III)', level: 'III', count: 1 },
        { label: 'Jabatan Pengawas (Eselon IV)', level: 'IV', count: 2 },
        { label: 'Jabatan Fungsional', level: 'fungsional', count: 1 },
      ],
      text: 'sebanyak 4 (empat) orang',
      page: 1,
    },
  ],
  appointees: APPOINTEES,
  counts: countAppointees(APPOINTEES),
  findings: FINDINGS,
};

const UNREADABLE_DOC: Document = {
  source: 'lampiran-rusak.csv',
  kind: 'csv',
  status: 'unreadable',
  decree: null,
  claims: [],
  appointees: [],
  counts: { total: 0, byLevel: {} },
  findings: [
    {
      code: 'file-unreadable',
      severity: 'error',
      message: 'binary content (NUL bytes): not a CSV text file',
    },
  ],
};

const DOCUMENTS = [OK_DOC, UNREADABLE_DOC];
const REPORT: Report = { schemaVersion: SCHEMA_VERSION, documents: DOCUMENTS, summary: summarize(DOCUMENTS) };

/** A document with nothing to say, for quiet mode. */
const CLEAN_DOC: Document = {
  ...OK_DOC,
  source: 'bersih.csv',
  claims: [],
  appointees: [APPOINTEES[0] as Appointee],
  counts: countAppointees([APPOINTEES[0] as Appointee]),
  findings: [],
};

function csvRecords(text: string): string[][] {
  return parse(text) as string[][];
}

function csvObjects(text: string): Array<Record<string, string>> {
  return parse(text, { columns: true }) as Array<Record<string, string>>;
}

describe('the shared report', () => {
  it('is valid against the schema', () => {
    expect(ReportSchema.safeParse(REPORT).success).toBe(true);
  });

  it('counts appointees per level in level order', () => {
    expect(OK_DOC.counts).toEqual({ total: 4, byLevel: { III: 2, IV: 1, fungsional: 1 } });
    expect(Object.keys(OK_DOC.counts.byLevel)).toEqual(['III', 'IV', 'fungsional']);
  });

  it('sums documents, appointees, errors and warnings', () => {
    expect(REPORT.summary).toEqual({
      documents: 2,
      verified: 1,
      invalid: 0,
      unverified: 0,
      notADecree: 0,
      unreadable: 1,
      appointees: 4,
      errors: 1,
      warnings: 5,
    });
  });
});

describe('json', () => {
  const text = formatJson(REPORT);

  it('parses back to the same report, which the schema accepts', () => {
    const parsed: unknown = JSON.parse(text);
    expect(parsed).toEqual(REPORT);
    expect(ReportSchema.parse(parsed)).toEqual(REPORT);
  });

  it('is indented and ends with one newline', () => {
    expect(text.startsWith('{\n  "schemaVersion": 2,')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
  });

  it('writes NIPs as strings', () => {
    expect(text).toContain('"nip": "197005121995031002"');
  });
});

describe('ndjson', () => {
  const lines = formatNdjson(REPORT).split('\n');

  it('has one line per document, then the summary, then a final newline', () => {
    expect(lines).toHaveLength(REPORT.documents.length + 2);
    expect(lines.at(-1)).toBe('');
  });

  it('gives each document in input order, valid against the schema', () => {
    REPORT.documents.forEach((doc, i) => {
      const parsed: unknown = JSON.parse(lines[i] ?? '');
      expect(DocumentSchema.parse(parsed)).toEqual(doc);
    });
  });

  it('ends with the summary and the schema version', () => {
    expect(JSON.parse(lines[REPORT.documents.length] ?? '')).toEqual({
      schemaVersion: SCHEMA_VERSION,
      summary: REPORT.summary,
    });
  });
});

describe('findings csv', () => {
  const records = csvRecords(formatFindingsCsv(REPORT));

  it('has the documented header', () => {
    expect(records[0]).toEqual([
      'source',
      'code',
      'severity',
      'page',
      'row',
      'field',
      'message',
      'cell',
      'person',
      'line',
      'outcome',
    ]);
    expect(records[0]).toEqual([...FINDING_COLUMNS]);
  });

  it('has an outcome row for each document, then one row per finding, in order', () => {
    const rows = csvObjects(formatFindingsCsv(REPORT));
    expect(rows.map((r) => [r.source, r.code, r.page, r.row, r.field, r.outcome])).toEqual([
      ['rekap-pelantikan-2025.csv', '', '', '', '', 'verified'],
      ['rekap-pelantikan-2025.csv', 'encoding-invalid', '', '', '', 'verified'],
      ['rekap-pelantikan-2025.csv', 'field-missing', '', '4', 'nip', 'verified'],
      ['rekap-pelantikan-2025.csv', 'grade-above-echelon', '', '3', 'grade', 'verified'],
      ['rekap-pelantikan-2025.csv', 'nip-implausible', '2', '2', 'nip', 'verified'],
      ['rekap-pelantikan-2025.csv', 'nip-implausible', '2', '3', '', 'verified'],
      ['rekap-pelantikan-2025.csv', 'nip-implausible', '3', '1', '', 'verified'],
      ['lampiran-rusak.csv', '', '', '', '', 'unreadable'],
      ['lampiran-rusak.csv', 'file-unreadable', '', '', '', 'unreadable'],
    ]);
    expect(rows[8]?.severity).toBe('error');
  });

  it('quotes messages a spreadsheet would run, but not plain numbers', () => {
    const messages = csvObjects(formatFindingsCsv(REPORT)).map((r) => r.message);
    expect(messages).toEqual([
      "'=4 rows of the roster, one by one (NIP, grade, echelon)",
      "'@1 row(s) hold bytes that are not valid utf-8",
      'row has no NIP',
      "'=1+2",
      '-3',
      "'\tage 64 on the decree date",
      "'\rcarriage return",
      '',
      'binary content (NUL bytes): not a CSV text file',
    ]);
  });

  it('is the header and the outcome row for a document without findings', () => {
    const empty: Report = { ...REPORT, documents: [CLEAN_DOC], summary: summarize([CLEAN_DOC]) };
    const rows = csvObjects(formatFindingsCsv(empty));
    expect(rows.map((r) => [r.source, r.code, r.outcome])).toEqual([
      [CLEAN_DOC.source, '', CLEAN_DOC.status],
    ]);
  });
});

describe('appointees csv', () => {
  const text = formatAppointeesCsv(REPORT);

  it('has the documented header', () => {
    expect(csvRecords(text)[0]).toEqual([
      'source',
      'sk_number',
      'row',
      'name',
      'titles_before',
      'titles_after',
      'name_raw',
      'nip',
      'birth_date',
      'sex',
      'tmt',
      'grade',
      'rank',
      'echelon',
      'level',
      'position_old',
      'position_new',
      'unit',
      'page',
      'nip_raw',
    ]);
    expect(csvRecords(text)[0]).toEqual([...APPOINTEE_COLUMNS]);
  });

  it('has one row per appointee, none for the unreadable document', () => {
    expect(csvObjects(text).map((r) => [r.source, r.row])).toEqual([
      ['rekap-pelantikan-2025.csv', '1'],
      ['rekap-pelantikan-2025.csv', '2'],
      ['rekap-pelantikan-2025.csv', '3'],
      ['rekap-pelantikan-2025.csv', '4'],
    ]);
  });

  it('writes every field of an appointee', () => {
    expect(csvObjects(text)[1]).toEqual({
      source: 'rekap-pelantikan-2025.csv',
      sk_number: SK_NUMBER,
      row: '2',
      name: 'Siti Aminah',
      titles_before: 'Hj.',
      titles_after: 'S.Sos., M.Si.',
      name_raw: 'Hj. Siti Aminah, S.Sos., M.Si.',
      nip: '197808232002122004',
      birth_date: '1978-08-23',
      sex: 'F',
      tmt: '2002-12',
      grade: 'III/d',
      rank: 'Penata Tingkat I',
      echelon: '',
      level: 'fungsional',
      position_old: '',
      position_new: 'Analis Kebijakan Ahli Muda',
      unit: 'Badan Kepegawaian Daerah',
      page: '4',
      nip_raw: '',
    });
  });

  it('keeps NIPs as 18-digit strings, never numbers', () => {
    expect(csvObjects(text).map((r) => r.nip)).toEqual([
      '197005121995031002',
      '197808232002122004',
      '198001012005011001',
      '',
    ]);
    expect(text).toContain(',197005121995031002,');
    expect(text).not.toMatch(/E\+17/i);
  });

  it('quotes names and posts a spreadsheet would run, but not plain numbers', () => {
    const rows = csvObjects(text);
    expect(rows[2]).toMatchObject({
      name: '\'=HYPERLINK("http://example.test","Budi")',
      name_raw: '\'=HYPERLINK("http://example.test","Budi")',
      position_new: "'@SUM(A1:A9)",
      unit: '-3',
    });
    expect(rows[3]?.name).toBe("'+Rahmat");
    expect(rows[0]?.titles_before).toBe('H.');
  });
});

describe('neutralizeFormula', () => {
  it.each([
    ['=1+2', "'=1+2"],
    ['+Rahmat', "'+Rahmat"],
    ['-Budi', "'-Budi"],
    ['-', "'-"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['-3', '-3'],
    ['+62', '+62'],
    ['3,5', '3,5'],
    ['-1.25', '-1.25'],
    ['197005121995031002', '197005121995031002'],
    ['H. Ahmad Fauzi', 'H. Ahmad Fauzi'],
    [' =1', ' =1'],
    [-3, '-3'],
    [null, ''],
    [undefined, ''],
  ])('%j -> %j', (value, expected) => {
    expect(neutralizeFormula(value)).toBe(expected);
  });
});

describe('text', () => {
  const plain = formatText(REPORT, { color: false });

  it('has no ANSI escapes without color, and some with it', () => {
    expect(plain).not.toContain(ANSI);
    expect(formatText(REPORT, { color: true })).toContain(ANSI);
    expect(formatText(REPORT, { color: true, mode: 'extract' })).toContain(ANSI);
    expect(formatText(REPORT, { color: false, mode: 'extract' })).not.toContain(ANSI);
  });

  it('names each document with its kind and status', () => {
    expect(plain).toMatch(/^rekap-pelantikan-2025\.csv {2}CSV roster {2}VERIFIED$/m);
    // Nothing of an unreadable input was read: its heading names no kind (a PNG is no "CSV roster").
    expect(plain).toMatch(/^lampiran-rusak\.csv {2}UNREADABLE$/m);
  });

  it('names the SK number, the decree date and the claim', () => {
    expect(plain).toMatch(new RegExp(`^ {2}SK number: ${SK_NUMBER.replaceAll('.', '\\.')}$`, 'm'));
    expect(plain).toMatch(/^ {2}Date: {6}2025-10-20$/m);
    expect(plain).toContain('Claim:     4 = 1 eselon III + 2 eselon IV + 1 fungsional (page 1)');
  });

  it('gives the counts per level', () => {
    expect(plain).toContain('  4 appointees: eselon III 2, eselon IV 1, fungsional 1\n');
  });

  it('says what was checked, and under the counts each reason it could not be verified', () => {
    expect(plain).not.toContain('NOT verified');
    expect(plain).toContain(
      '  checked: 4 rows of the roster, one by one (NIP, grade, echelon); not compared with any stated total\n',
    );
    const doubted: Document = {
      ...OK_DOC,
      kind: 'pdf',
      status: 'unverified',
      checked: { claims: [], rows: 4, pages: '3-4', message: '' },
      unverified: [
        { reason: 'attachment-uncertain', message: '' },
        { reason: 'pages-without-text', pages: [5], message: '' },
      ],
      findings: [
        {
          code: 'attachment-uncertain',
          severity: 'warning',
          page: 4,
          message: 'page 4: the table header was not recognised',
        },
      ],
    };
    const text = formatText({ ...REPORT, documents: [doubted] }, { color: false });
    expect(text).toContain(
      '  4 appointees: eselon III 2, eselon IV 1, fungsional 1\n' +
        '  checked: 4 rows of the lampiran, pages 3-4, one by one (NIP, grade, echelon); not compared with any stated total\n' +
        '  NOT verified: the lampiran table could not be read with confidence (attachment-uncertain); check its counts by hand, `sk-check debug-table` shows what was read\n' +
        '  NOT verified: page 5 has no usable text; run with --ocr to read it\n',
    );
    expect(text).toMatch(/UNVERIFIED$/m);
    const id = formatText({ ...REPORT, documents: [doubted] }, { color: false, lang: 'id' });
    expect(id).toMatch(/BELUM TERVERIFIKASI$/m);
    expect(id).toContain(
      '  BELUM terverifikasi: halaman 5 tidak memiliki teks yang dapat dibaca; jalankan dengan --ocr',
    );
  });

  it('keeps an unverified document in quiet mode, though it has no finding', () => {
    const lone: Document = {
      ...OK_DOC,
      status: 'unverified',
      findings: [],
      unverified: [{ reason: 'no-claim', count: 4, message: '' }],
    };
    const quiet = formatText(
      { ...REPORT, documents: [lone], summary: summarize([lone]) },
      { color: false, quiet: true },
    );
    expect(quiet).toContain('no claim to check the 4 rows against');
  });

  it('ends with the summary line', () => {
    expect(
      plain.endsWith(
        '2 documents (1 verified, 0 with errors, 0 unverified, 0 not a decree, 1 unreadable) · 4 appointees · 1 error, 5 warnings\n',
      ),
    ).toBe(true);
  });

  it('says so when a document has no findings', () => {
    const withClean: Report = { ...REPORT, documents: [CLEAN_DOC], summary: summarize([CLEAN_DOC]) };
    expect(formatText(withClean, { color: false })).toContain('  no findings');
  });

  it('in quiet mode omits clean documents, the decree, the counts and the summary', () => {
    const documents = [CLEAN_DOC, OK_DOC, UNREADABLE_DOC];
    const quiet = formatText(
      { schemaVersion: SCHEMA_VERSION, documents, summary: summarize(documents) },
      { color: false, quiet: true },
    );
    expect(quiet).not.toContain('bersih.csv');
    expect(quiet).toContain('rekap-pelantikan-2025.csv');
    expect(quiet).toContain('lampiran-rusak.csv');
    expect(quiet).not.toContain('SK number');
    expect(quiet).not.toContain('appointees');
    expect(quiet).not.toContain('documents (');
    expect(quiet).toContain('(file-unreadable)');
  });

  it('in quiet mode prints nothing for a clean run', () => {
    const clean: Report = { ...REPORT, documents: [CLEAN_DOC], summary: summarize([CLEAN_DOC]) };
    expect(formatText(clean, { color: false, quiet: true })).toBe('');
  });

  it('in extract mode lists the appointees, marking an inferred level', () => {
    const extract = formatText(REPORT, { color: false, mode: 'extract' });
    expect(extract).toMatch(/^ {4}row +NIP +name +grade +level +new position$/m);
    expect(extract).toMatch(/^ {4}1 +197005121995031002 +Ahmad Fauzi +IV\/a +III\.a +Kepala Bidang Mutasi$/m);
    expect(extract).toMatch(/^ {4}2 +197808232002122004 +Siti Aminah +III\/d +fungsional\? +Analis/m);
    expect(extract).toMatch(/^ {4}4 +- +\+Rahmat/m);
    expect(extract).not.toContain('(field-missing)');
  });
});
