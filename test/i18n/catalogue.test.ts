import { describe, expect, it } from 'vitest';
import { type FindingCode, RULES } from '../../src/checks/index.js';
import { runChecks } from '../../src/checks/run-checks.js';
import { SkError } from '../../src/errors.js';
import { HELP } from '../../src/i18n/help.js';
import { resolveLang } from '../../src/i18n/lang.js';
import { MESSAGES } from '../../src/i18n/messages.js';
import { NIP_PROBLEMS, type NipProblemId, nipSaid, renderNip } from '../../src/i18n/nip-problems.js';
import { ruleText } from '../../src/i18n/rules.js';
import {
  findingMessage,
  type MessageId,
  type MessageParams,
  render,
  type Said,
  say,
} from '../../src/i18n/said.js';
import { t, UI, type UiKey } from '../../src/i18n/ui.js';
import { decreeDoc } from '../checks/decree-doc.js';

const nip = nipSaid('birth-date', { label: 'NIP', digits: '197002301995031002', date: '1970-02-30' });
const retirement = nipSaid('retirement-age', {
  age: 64,
  decree: '2026-02-06',
  birth: '1962-01-15',
  retirement: 58,
});
const where = { source: 'roster.csv', row: 2 };
const person = { nip: '197912112006072030', name: 'CUT NYAK FATIMAH' };

/** Parameters for every message, typed: a message added without a sample does not compile. */
const SAMPLES: { [K in MessageId]: ReadonlyArray<MessageParams<K>> } = {
  'amount-words-mismatch': [
    { digits: 85, wordsText: 'delapan puluh', words: 80 },
    { digits: 85, wordsText: 'delapan xx', words: null },
  ],
  'attachment-missing': [
    { claimed: 80, mentions: true },
    { claimed: null, mentions: true },
    { claimed: 80, mentions: false },
  ],
  'attachment-number-mismatch/number': [{ attachment: '800/1/BKD/2026', decree: '800/2/BKD/2026' }],
  'attachment-number-mismatch/date': [{ attachment: '2026-02-05', decree: '2026-02-06' }],
  'attachment-uncertain/split-row': [{}],
  'attachment-uncertain/bad-nips': [{ bad: 5, total: 6 }],
  'attachment-uncertain/no-text': [{ page: 4 }],
  'attachment-uncertain/no-columns': [{ page: 4 }],
  'attachment-uncertain/header-unknown': [{ page: 4, header: 'NO | NAMA' }],
  'attachment-uncertain/not-carried': [{ page: 4 }],
  'attachment-uncertain/no-header': [{ page: 4 }],
  'attachment-uncertain/nip-row': [{}],
  'attachment-uncertain/group-garbled': [{ page: 3, number: '821.2/73/BKPSDM-!!1/2022' }],
  'attachment-uncertain/header-unknown-cells': [{}],
  'count-mismatch/attachment': [{ attachment: 'II', claimed: 3, listed: 4 }],
  'count-mismatch/attachment-level': [{ attachment: 'I', level: 'III', claimed: 1, listed: 0 }],
  'count-mismatch/total': [{ claimed: 41, listed: 40 }],
  'count-mismatch/level': [
    { claimed: 8, level: 'III', listed: 7 },
    { claimed: 1, level: 'unknown', listed: 0 },
  ],
  'echelon-unrecognised': [{ text: 'III.c' }],
  'encoding-invalid/rows': [
    { rows: 3, encoding: 'utf-8' },
    { rows: 3, encoding: 'windows-1252' },
  ],
  'encoding-invalid/text': [{ encoding: 'utf-8' }, { encoding: 'windows-1252' }],
  'field-missing/name': [{}],
  'field-missing/nip': [{}],
  'grade-above-echelon': [{ grade: 'IV/c', highest: 'IV/b', echelon: 'III.a' }],
  'grade-below-echelon': [{ grade: 'III/b', steps: 2, lowest: 'III/d', echelon: 'III.b' }],
  'grade-unrecognised': [{ raw: 'III/f' }],
  'internal-error/check': [{ code: 'nip-duplicate', error: 'boom' }],
  'internal-error/worker': [{ error: 'Worker exited with code 1' }],
  'nip-duplicate': [
    { nip: '197005121995031002', first: { row: 3 } },
    { nip: '1', first: { page: 2, row: 3 } },
  ],
  'nip-duplicate-across': [{ nip: '197005121995031002', source: 'sk.pdf', first: { page: 3, row: 12 } }],
  'nip-implausible': [{ problem: retirement }],
  'nip-invalid': [{ problems: [nip, nipSaid('sex-digit', { label: 'NIP', digits: '1', digit: '3' })] }],
  'nip-invalid/nik': [{ raw: '6371051205700002' }],
  'nip-mangled': [
    { raw: '1,97005E+17', workbook: true },
    { raw: '1,97005E+17', workbook: false },
  ],
  'not-a-decree': [
    { looksLike: 'attendance', title: 'REKAPITULASI KEHADIRAN' },
    { looksLike: null, title: null },
  ],
  'number-date-mismatch/year': [{ number: '800/12/BKD/2025', year: 2025, date: '2026-02-06' }],
  'number-date-mismatch/month': [{ number: '800/12/BKD/III/2026', month: 3, date: '2026-02-06' }],
  'column-hint-unused': [{ label: 'JABATAN DIDUDUKI' }],
  'ocr-used': [
    { count: 4, pages: '1-4', confidence: 88, repaired: 9 },
    { count: 1, pages: '1', confidence: 88, repaired: 1 },
  ],
  'ocr-low-confidence': [{ confidence: 54, threshold: 70 }],
  'ocr-used/sk-number': [
    { read: '800/57/BKD/11/2024', number: '800/57/BKD/II/2024', from: '11', to: 'II', why: 'date-month' },
    {
      read: '821/45/BKPSDM-11111',
      number: '821/45/BKPSDM-III',
      from: 'BKPSDM-11111',
      to: 'BKPSDM-III',
      why: 'unit-elsewhere',
    },
    {
      read: '821.2/72/BKPSDM-!1!/2022',
      number: '821.2/72/BKPSDM-III/2022',
      from: 'BKPSDM-!1!',
      to: 'BKPSDM-III',
      why: 'look-alikes',
    },
  ],
  'text-layer-unusable': [
    { count: 2, pages: '3-4' },
    { count: 1, pages: '2' },
  ],
  'rank-grade-mismatch': [
    { rank: 'Penata', rankGrade: 'III/c', grade: 'III/d', gradeRank: 'Penata Tingkat I' },
    { rank: 'Penata', rankGrade: null, grade: 'III/d', gradeRank: null },
  ],
  'row-malformed': [{ cells: 9, header: 8 }],
  'row-sequence-gap': [
    { from: 7, no: 9, expected: 8 },
    { from: null, no: 2, expected: 1 },
  ],
  'level-conflict': [{ echelon: 'III.b', level: 'III', band: 'IV' }],
  'level-unknown': [
    { count: 1, total: 4, rows: [3], more: false },
    { count: 53, total: 467, rows: [3, 9, 17, 40, 41], more: true },
  ],
  'sk-number-missing': [{}],
  'sk-number-blank': [
    { number: '188.45/  /BKPP/2016', inAttachment: false },
    { number: '821/XXX/BKD/2025', inAttachment: true },
  ],
  'date-missing': [{ blankDay: true }, { blankDay: false }],
  'signatory-missing': [{}],
  'placeholder-left': [
    { fields: ['nameNip'], placeholders: ['{valueNama}'] },
    { fields: ['number', 'dictum', 'body'], placeholders: ['[NOMOR]', '«Jumlah»', '$tanggal'] },
  ],
  'total-mismatch': [{ total: 15, parts: [8, 6] }],
  'file-unreadable/no-such-file': [{}],
  'file-unreadable/permission': [{}],
  'file-unreadable/directory': [{}],
  'file-unreadable/cannot-open': [{ why: 'EBUSY' }],
  'file-unreadable/not-a-file': [{}],
  'file-unreadable/fifo': [{}],
  'file-unreadable/socket': [{}],
  'file-unreadable/device': [{}],
  'file-unreadable/stdin-missing': [{}],
  'file-unreadable/stdin-empty': [{}],
  'file-unreadable/stdin-twice': [{}],
  'file-unreadable/empty-folder': [{ extensions: '.pdf .csv' }],
  'file-unreadable/no-match': [{}],
  'file-unreadable/csv-binary': [{}],
  'file-unreadable/csv': [{ error: 'Invalid Closing Quote' }],
  'file-unreadable/text-binary': [{}],
  'file-unreadable/text-size': [{}],
  'file-unreadable/pdf': [{ error: 'Invalid PDF structure' }],
  'file-unreadable/xlsx-package': [{}],
  'file-unreadable/xlsx': [{ error: 'bad zip' }],
  'file-unreadable/no-worksheet': [{}],
  'sheet-missing': [{ wanted: 'Lampiran', sheets: ['Daftar', 'Rekap'] }],
  'sheet-skipped': [{ sheet: 'Rekap', position: 2, sheets: 3 }],
  'roster-header-missing': [{}],
  'pdf-encrypted/no-password': [{}],
  'document-encrypted/password': [{}],
  'file-unsupported/empty': [{}],
  'file-unsupported/gif': [{}],
  'file-unsupported/image-no-ocr': [{ format: 'JPEG' }],
  'file-unsupported/archive': [{ archive: 'RAR' }],
  'file-unsupported/pptx': [{}],
  'file-unsupported/ods': [{}],
  'file-unsupported/odp': [{}],
  'file-unsupported/odf-other': [{ odf: 'graphics' }],
  'file-unsupported/doc': [{}],
  'file-unsupported/xls': [{}],
  'file-unsupported/ole': [{}],
  'file-unsupported/debug-table': [{}],
  'file-unsupported/json': [{}],
  'file-unsupported/rtf': [{}],
  'pdf-encrypted/wrong-password': [{}],
  'pdf-no-text/scan': [{}],
  'pdf-no-text/ocr-empty': [{}],
  'limit-exceeded/pages': [{ count: 100489, max: 2000 }],
  'limit-exceeded/timeout': [{ seconds: 120 }],
  'limit-exceeded/ocr-page-timeout': [{ page: 3, seconds: 60 }],
  'limit-exceeded/file-bytes': [{ size: 5001, max: '5000B' }],
  'file-unreadable/package': [
    { kind: 'docx', error: 'End of data reached' },
    { kind: 'odt', error: 'End of data reached' },
  ],
  'file-unreadable/package-part': [{ part: 'word/document.xml', error: 'invalid stored block lengths' }],
  'file-unreadable/docx-no-document': [{}],
  'file-unreadable/docx-no-body': [{}],
  'file-unreadable/odt-no-content': [{}],
  'file-unreadable/odt-no-body': [{}],
  'file-unreadable/files-from': [
    { from: 'list.txt', error: 'ENOENT: no such file or directory', code: 'ENOENT' },
  ],
  'file-unreadable/shard-missing': [{}],
  'file-unreadable/shard': [{ error: 'EISDIR' }],
  'file-unreadable/shard-not-json': [{ line: 2 }],
  'file-unreadable/shard-no-documents': [{}],
  'file-unreadable/shard-not-document': [
    { unit: 'line', number: 2, issue: 'source: Required' },
    { unit: 'document', number: 1, issue: 'source: Required' },
  ],
  'limit-exceeded/shard-line': [{ line: 1, max: '1 MB' }],
  'limit-exceeded/shard-json': [{ max: '1 MB' }],
  'limit-exceeded/input-bytes': [{ max: '5000B' }],
  'limit-exceeded/record': [{ max: 1048576 }],
  'limit-exceeded/cells': [{ max: 1048576 }],
  'limit-exceeded/ocr-pages': [{ count: 120, max: 100 }],
  'limit-exceeded/inflate': [{ max: '128MB' }],
  'limit-exceeded/memory': [{}],
  'limit-exceeded/image-pixels': [{ filter: 'DCTDecode', width: 60000, height: 60000, max: 100 }],
  'limit-exceeded/image-bytes': [{ filter: 'FlateDecode', width: 9000, height: 9000, max: '128 MB' }],
  'limit-exceeded/page-pixels': [{ page: 1, width: 20000, height: 20000, max: 100 }],
  'limit-exceeded/nesting': [{}],
  'limit-exceeded/xml-depth': [{ part: 'word/document.xml', max: 256 }],
  'limit-exceeded/xml-elements': [{ part: 'content.xml', max: 1000000 }],
  'limit-exceeded/package': [{ max: '128 MB' }],
  'limit-exceeded/sheet-rows': [{ max: 100000 }],
  'limit-exceeded/sheet-cells': [{ sheet: 'xl/worksheets/sheet1.xml', width: 16384, max: 1000000 }],
  'limit-exceeded/image-directories': [{ max: 1000 }],
  'limit-exceeded/workbook-memory': [{ max: 1536 }],
  'ocr-unavailable': [
    { names: 'tesseract.js', command: 'npm install -g tesseract.js@7.0.0', error: 'not found' },
  ],
  'cross-missing': [{ person, at: { source: 'sk.pdf', page: 3, row: 7 }, other: 'roster.csv' }],
  'cross-extra': [{ person: { nip: '1', name: null }, at: where, other: 'sk.pdf' }],
  'cross-mismatch': [
    {
      person,
      field: 'grade',
      here: 'IV/b',
      at: { source: 'sk.pdf', page: 3, row: 2 },
      there: 'IV/a',
      otherAt: where,
    },
  ],
  'cross-changed': [
    {
      person,
      field: 'positionNew',
      here: 'Kepala Bidang Kebudayaan',
      at: { source: 'draft.docx', page: 2, row: 3 },
      there: 'Kepala Bidang Mutasi',
      otherAt: { source: 'signed.pdf', page: 3, row: 3 },
    },
  ],
  'cross-changed/added': [{ person, at: { source: 'signed.pdf', page: 3, row: 11 }, other: 'draft.docx' }],
  'cross-changed/removed': [{ person, at: { source: 'draft.docx', row: 4 }, other: 'signed.pdf' }],
  'cross-number-mismatch/number': [
    { source: 'press.txt', cited: '800/1/2026', anchor: 'sk.pdf', number: '800/2/2026' },
  ],
  'cross-number-mismatch/date': [
    { source: 'press.txt', number: null, date: '2026-02-05', anchor: 'sk.pdf', anchorDate: '2026-02-06' },
  ],
  'claim-conflict/total': [
    {
      it: { source: 'press.txt', what: 'claim' },
      value: 282,
      qualifier: 'approximately',
      reference: { source: 'sk.pdf', what: 'dictum' },
      expected: 292,
    },
  ],
  'claim-conflict/level': [
    {
      it: { source: 'press.txt', what: 'claim' },
      value: 4,
      level: 'fungsional',
      reference: { source: 'sk.pdf', what: 'lampiran' },
      expected: 5,
    },
  ],
};

/** What a message rendered from its parameters must never show. */
const LEAKS = /undefined|null|NaN|\[object|\$\{|\{\{/;

function rendered(id: MessageId): Array<{ en: string; id: string }> {
  return (SAMPLES[id] as readonly unknown[]).map((params) => {
    const said = { id, params } as Said;
    return { en: render(said, 'en'), id: render(said, 'id') };
  });
}

describe('the message catalogue', () => {
  const ids = Object.keys(MESSAGES) as MessageId[];
  const codes = new Set<string>(RULES.map((rule) => rule.code));

  it('names a registered finding code in every message id', () => {
    for (const id of ids) expect(codes, id).toContain(id.split('/')[0]);
  });

  it.each(ids)('%s says something in English and in Indonesian, with nothing left unfilled', (id) => {
    for (const text of rendered(id)) {
      expect(text.en.trim(), id).not.toBe('');
      expect(text.id.trim(), id).not.toBe('');
      expect(text.en, id).not.toMatch(LEAKS);
      expect(text.id, id).not.toMatch(LEAKS);
      expect(text.id, `${id} is not translated`).not.toBe(text.en);
    }
  });

  it('has a message for every code a finding can carry', () => {
    const missing = [...codes].filter((code) => !ids.some((id) => id.split('/')[0] === code));
    expect(missing).toEqual([]);
  });

  it.each(Object.keys(NIP_PROBLEMS) as NipProblemId[])('NIP problem %s is said in both languages', (id) => {
    const samples: Record<NipProblemId, object> = {
      empty: {},
      'non-digit': { nip: '19700A', others: '"A"' },
      length: { nip: '1970', length: 4 },
      'birth-date': { label: 'NIP', digits: '1', date: '1970-02-30' },
      'birth-year': { label: 'NIP', digits: '1', year: 1800, min: 1900, max: 2100 },
      'tmt-year': { label: 'NIP', digits: '1', year: '1800', min: 1900, max: 2100 },
      'tmt-month': { label: 'NIP', digits: '1', tmt: '1995-13' },
      'sex-digit': { label: 'NIP', digits: '1', digit: '3' },
      'serial-zero': { label: 'NIP', digits: '197005121995031000' },
      'tmt-before-birth': { label: 'NIP', digits: '1', tmt: '1965-03', birth: '1970-05-12' },
      'too-young-at-tmt': { label: 'NI PPPK', digits: '1', tmt: '1985', age: { min: 14, max: 15 }, min: 18 },
      'old-at-tmt': { tmt: '2010-01', age: { min: 40, max: 40 }, max: 36, birth: '1970-01-01' },
      'tmt-after-decree': { tmt: '2026-03', decree: '2026-02-06' },
      'retirement-age': { age: 64, decree: '2026-02-06', birth: '1962-01-15', retirement: 58 },
      'sex-title': { digit: '1', title: 'Hj.', female: true },
      'pppk-pns-grade': { grade: 'III/a' },
    };
    const said = { id, params: samples[id] } as ReturnType<typeof nipSaid>;
    for (const lang of ['en', 'id'] as const) expect(renderNip(said, lang)).not.toMatch(LEAKS);
    expect(renderNip(said, 'id')).not.toBe(renderNip(said, 'en'));
  });
});

describe('rule explanations', () => {
  it.each(RULES.map((rule) => rule.code))('%s is explained in both languages', (code) => {
    const rule = RULES.find((r) => r.code === code);
    if (!rule) throw new Error(code);
    const en = ruleText(rule, 'en');
    const id = ruleText(rule, 'id');
    for (const key of ['description', 'why', 'example'] as const) {
      expect(en[key].trim(), `${code} ${key}`).not.toBe('');
      expect(id[key].trim(), `${code} ${key}`).not.toBe('');
    }
    expect(id.description).not.toBe(en.description);
    expect(id.why).not.toBe(en.why);
  });
});

describe('the words of the reports and the help', () => {
  // Every parameter any label takes: a label reading one not here shows `undefined` and fails.
  const params = {
    errors: 2,
    warnings: 1,
    count: 3,
    page: 4,
    row: 5,
    documents: 6,
    verified: 1,
    invalid: 2,
    unverified: 4,
    notADecree: 5,
    unreadable: 3,
    done: 1,
    total: 2,
    rate: '1.5',
    clock: '0:10',
    source: 'sk.pdf',
    decrees: 1,
    inputs: 3,
    inputErrors: 0,
    inputWarnings: 1,
    others: 1,
    line: 7,
    cell: 'Lampiran!C7',
    code: 'rank-grade-mismatch',
    rows: '1, 2, 4',
    file: 'known.json',
    people: 7,
    continuations: 1,
    from: 'draft.docx',
    to: 'signed.pdf',
    matched: 12,
    changed: 2,
    added: 1,
    removed: 0,
  };
  const SAME = new Set(['severity.info', 'severity-name.info', 'audit.head-nip']);

  it.each(Object.keys(UI) as UiKey[])('%s is said in both languages', (key) => {
    const say = (lang: 'en' | 'id') => (t as (l: string, k: string, p: object) => string)(lang, key, params);
    for (const lang of ['en', 'id'] as const) {
      expect(say(lang).trim()).not.toBe('');
      expect(say(lang)).not.toMatch(LEAKS);
    }
    if (!SAME.has(key)) expect(say('id')).not.toBe(say('en'));
  });

  it.each(Object.keys(HELP))('help text %s is given in both languages', (key) => {
    const text = HELP[key as keyof typeof HELP];
    expect(text.en.trim()).not.toBe('');
    expect(text.id.trim()).not.toBe('');
    expect(text.id).not.toBe(text.en);
  });
});

describe('resolveLang', () => {
  it('takes --lang first, then LC_ALL, LC_MESSAGES and LANG, the first set and not empty', () => {
    expect(resolveLang('en', { LANG: 'id_ID.UTF-8' })).toBe('en');
    expect(resolveLang('id', { LANG: 'C' })).toBe('id');
    expect(resolveLang(undefined, { LANG: 'id_ID.UTF-8' })).toBe('id');
    expect(resolveLang(undefined, { LC_ALL: 'en_US.UTF-8', LANG: 'id_ID.UTF-8' })).toBe('en');
    expect(resolveLang(undefined, { LC_ALL: '', LC_MESSAGES: 'id_ID', LANG: 'C' })).toBe('id');
    expect(resolveLang(undefined, { LC_MESSAGES: 'C', LANG: 'id_ID' })).toBe('en');
    expect(resolveLang(undefined, { LANG: 'id' })).toBe('id');
    expect(resolveLang(undefined, {})).toBe('en');
    expect(resolveLang(undefined, { LANG: 'C.UTF-8' })).toBe('en');
  });
});

describe('a finding in either language', () => {
  it('keeps its English message and says it in Indonesian from the same data', () => {
    const doc = decreeDoc({
      doubts: [
        { page: 4, code: 'attachment-uncertain', ...say('attachment-uncertain/no-header', { page: 4 }) },
      ],
    });
    const [finding] = runChecks(doc).filter((f) => f.code === 'attachment-uncertain');
    if (!finding) throw new Error('no finding');
    expect(finding.message).toBe('page 4: holds NIPs but no table header');
    expect(findingMessage(finding, 'en')).toBe(finding.message);
    expect(findingMessage(finding, 'id')).toBe('halaman 4: memuat NIP, tetapi tidak ada kepala tabel');
    // The catalogue data stays out of the report's bytes.
    expect(JSON.stringify(finding)).not.toContain('said');
    expect(Object.keys(finding)).toEqual(['code', 'severity', 'message', 'page']);
  });

  it('falls back to the English message when a finding carries no catalogue data', () => {
    const finding = {
      code: 'file-unsupported',
      severity: 'error' as const,
      message: 'a Word document: save it as PDF',
    };
    expect(findingMessage(finding, 'id')).toBe(finding.message);
  });

  it('types codes: a misspelt code does not compile', () => {
    // @ts-expect-error 'nip-invalidd' is not a finding code
    const error = new SkError('nip-invalidd', 'x');
    const code: FindingCode = 'nip-invalid';
    // @ts-expect-error a code must come from the registry
    const wrong: FindingCode = 'nip-wrong';
    expect([error.code, code, wrong]).toHaveLength(3);
  });
});
