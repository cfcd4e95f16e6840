import type { Level } from '../domain/level.js';
import type { ChangeField } from '../model.js';
import type { Lang } from './lang.js';
import { levelText, tanggal, text } from './words.js';

/** A person as an audit names them: by NIP, and by name when there is one. */
export interface Person {
  nip: string | null;
  name: string | null;
}

/** A row of one input: `roster.csv (row 2)`, `sk.pdf (page 3, row 7)`. */
export interface Where {
  source: string;
  page?: number | undefined;
  row: number;
}

/** One field of one person, as one source and another give it. */
export interface FieldDifference {
  person: Person;
  field: ChangeField;
  here: string;
  at: Where;
  there: string;
  otherAt: Where;
}

/** A figure as a source states it: `press.txt (dictum)`, `about 100`. */
export interface Statement {
  source: string;
  what: 'dictum' | 'claim' | 'lampiran' | 'roster';
}

type Qualifier = 'approximately' | 'at-least' | 'more-than' | 'at-most';

/** The words of each field a person is compared by, for messages and the table of changes. */
export const FIELD_WORDS = {
  nip: { en: 'NIP', id: 'NIP' },
  name: { en: 'name', id: 'nama' },
  grade: { en: 'grade', id: 'golongan' },
  rank: { en: 'rank', id: 'pangkat' },
  echelon: { en: 'echelon', id: 'eselon' },
  positionOld: { en: 'old position', id: 'jabatan lama' },
  positionNew: { en: 'new position', id: 'jabatan baru' },
  unit: { en: 'unit', id: 'unit kerja' },
} as const satisfies Record<ChangeField, { en: string; id: string }>;

const STATEMENT_WORDS = {
  dictum: { en: 'dictum', id: 'diktum' },
  claim: { en: 'claim', id: 'pernyataan' },
  lampiran: { en: 'lampiran', id: 'lampiran' },
  roster: { en: 'roster', id: 'daftar nominatif' },
} as const;

const QUALIFIER_WORDS = {
  approximately: { en: 'about ', id: 'sekitar ' },
  'at-least': { en: 'at least ', id: 'sedikitnya ' },
  'more-than': { en: 'more than ', id: 'lebih dari ' },
  'at-most': { en: 'at most ', id: 'paling banyak ' },
} as const;

/** A person by NIP; by name alone when the NIP cell held no usable number. */
const who = (p: Person) => (p.nip === null ? (p.name ?? '?') : `NIP ${p.nip}${p.name ? ` (${p.name})` : ''}`);

function where(w: Where, lang: Lang): string {
  if (lang === 'id')
    return `${w.source} (${w.page !== undefined ? `halaman ${w.page}, ` : ''}baris ${w.row})`;
  return `${w.source} (${w.page !== undefined ? `page ${w.page}, ` : ''}row ${w.row})`;
}

const named = (s: Statement, lang: Lang) => `${s.source} (${STATEMENT_WORDS[s.what][lang]})`;

const stated = (value: number, qualifier: Qualifier | undefined, lang: Lang) =>
  `${qualifier ? QUALIFIER_WORDS[qualifier][lang] : ''}${value}`;

/** What `sk-check audit` finds across inputs, in both languages. */
export const AUDIT_MESSAGES = {
  'cross-missing': text<{ person: Person; at: Where; other: string }>(
    (p) => `${who(p.person)} is in ${where(p.at, 'en')} but not in ${p.other}`,
    (p) => `${who(p.person)} ada dalam ${where(p.at, 'id')}, tetapi tidak ada dalam ${p.other}`,
  ),
  'cross-extra': text<{ person: Person; at: Where; other: string }>(
    (p) => `${who(p.person)} is in ${where(p.at, 'en')} but not in ${p.other}`,
    (p) => `${who(p.person)} ada dalam ${where(p.at, 'id')}, tetapi tidak ada dalam ${p.other}`,
  ),
  'cross-mismatch': text<FieldDifference>(
    (p) =>
      `${who(p.person)}: ${FIELD_WORDS[p.field].en} ${p.here} in ${where(p.at, 'en')}, ${p.there} in ${where(p.otherAt, 'en')}`,
    (p) =>
      `${who(p.person)}: ${FIELD_WORDS[p.field].id} ${p.here} dalam ${where(p.at, 'id')}, ${p.there} dalam ${where(p.otherAt, 'id')}`,
  ),
  'cross-changed': text<FieldDifference>(
    (p) =>
      `${who(p.person)}: ${FIELD_WORDS[p.field].en} changed from ${p.here} in ${where(p.at, 'en')} to ${p.there} in ${where(p.otherAt, 'en')}`,
    (p) =>
      `${who(p.person)}: ${FIELD_WORDS[p.field].id} berubah dari ${p.here} dalam ${where(p.at, 'id')} menjadi ${p.there} dalam ${where(p.otherAt, 'id')}`,
  ),
  'cross-changed/added': text<{ person: Person; at: Where; other: string }>(
    (p) => `${who(p.person)} is added in ${where(p.at, 'en')}: not in ${p.other}`,
    (p) => `${who(p.person)} ditambahkan dalam ${where(p.at, 'id')}: tidak ada dalam ${p.other}`,
  ),
  'cross-changed/removed': text<{ person: Person; at: Where; other: string }>(
    (p) => `${who(p.person)} is in ${where(p.at, 'en')} but removed from ${p.other}`,
    (p) => `${who(p.person)} ada dalam ${where(p.at, 'id')}, tetapi dihapus dari ${p.other}`,
  ),
  'cross-number-mismatch/number': text<{ source: string; cited: string; anchor: string; number: string }>(
    (p) => `${p.source} cites ${p.cited}, ${p.anchor} is numbered ${p.number}`,
    (p) => `${p.source} menyebut nomor ${p.cited}, sedangkan ${p.anchor} bernomor ${p.number}`,
  ),
  'cross-number-mismatch/date': text<{
    source: string;
    number: string | null;
    date: string;
    anchor: string;
    anchorDate: string;
  }>(
    (p) => `${p.source} dates ${p.number ?? 'the decree'} ${p.date}, ${p.anchor} ${p.anchorDate}`,
    (p) =>
      `${p.source} menyebut tanggal ${p.number ?? 'SK'} ${tanggal(p.date)}, sedangkan ${p.anchor} ${tanggal(p.anchorDate)}`,
  ),
  'claim-conflict/total': text<{
    it: Statement;
    value: number;
    qualifier?: Qualifier | undefined;
    reference: Statement;
    expected: number;
  }>(
    (p) =>
      `${named(p.it, 'en')} says ${stated(p.value, p.qualifier, 'en')} appointees, ${named(p.reference, 'en')} says ${p.expected}`,
    (p) =>
      `${named(p.it, 'id')} menyebut ${stated(p.value, p.qualifier, 'id')} orang, ${named(p.reference, 'id')} menyebut ${p.expected}`,
  ),
  'claim-conflict/level': text<{
    it: Statement;
    value: number;
    qualifier?: Qualifier | undefined;
    level: Level;
    reference: Statement;
    expected: number;
  }>(
    (p) =>
      `${named(p.it, 'en')} says ${stated(p.value, p.qualifier, 'en')} at ${levelText(p.level, 'en')}, ${named(p.reference, 'en')} says ${p.expected}`,
    (p) =>
      `${named(p.it, 'id')} menyebut ${stated(p.value, p.qualifier, 'id')} orang ${levelText(p.level, 'id')}, ${named(p.reference, 'id')} menyebut ${p.expected}`,
  ),
};
