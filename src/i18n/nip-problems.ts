import type { RetirementRule } from '../domain/retirement.js';
import type { Lang } from './lang.js';
import { type NoParams, tanggal, text } from './words.js';

/** A NIP as a message names it: `NIP 19700230...` or `NI PPPK ...`. */
export interface Numbered {
  label: string;
  digits: string;
}

export interface AgeRange {
  min: number;
  max: number;
}

/** Which age limit at first appointment applied. */
export type AgeRule = 'general' | 'exempt-post' | 'honorary' | 'pppk';

const AGE_RULES: Record<AgeRule, { en: string; id: string }> = {
  general: {
    en: 'CPNS applicants are at most 35, with a year to the TMT',
    id: 'pelamar CPNS paling tinggi berusia 35 tahun, ditambah satu tahun sampai TMT',
  },
  'exempt-post': {
    en: 'applicants for this post (doctor, lecturer, researcher) are at most 40, with a year to the TMT',
    id: 'pelamar jabatan ini (dokter, dosen, peneliti) paling tinggi berusia 40 tahun, ditambah satu tahun sampai TMT',
  },
  pppk: {
    en: "PPPK applicants are at most a year short of the post's retirement age",
    id: 'pelamar PPPK paling tinggi berusia satu tahun sebelum batas usia pensiun jabatannya',
  },
  honorary: {
    en: 'honorary staff appointed 2005-2014 were at most 46 on 1 January 2006 (PP 48/2005)',
    id: 'tenaga honorer yang diangkat 2005-2014 paling tinggi berusia 46 tahun pada 1 Januari 2006 (PP 48/2005)',
  },
};

/** The post a retirement age is for, and the rule that sets it. */
const RETIREMENT_RULES: Record<RetirementRule, { en: string; id: string }> = {
  structural: {
    en: 'administrator, pengawas and pelaksana posts (PP 11/2017 art. 239)',
    id: 'jabatan administrator, pengawas dan pelaksana (PP 11/2017 pasal 239)',
  },
  jpt: { en: 'JPT posts (PP 11/2017 art. 239)', id: 'JPT (PP 11/2017 pasal 239)' },
  'functional-58': {
    en: 'functional ahli pertama, ahli muda and skilled posts (PP 11/2017 art. 239)',
    id: 'jabatan fungsional ahli pertama, ahli muda dan keterampilan (PP 11/2017 pasal 239)',
  },
  'ahli-madya': {
    en: 'functional ahli madya posts (PP 11/2017 art. 239)',
    id: 'jabatan fungsional ahli madya (PP 11/2017 pasal 239)',
  },
  'ahli-utama': {
    en: 'functional ahli utama posts (PP 11/2017 art. 239)',
    id: 'jabatan fungsional ahli utama (PP 11/2017 pasal 239)',
  },
  teacher: {
    en: 'teachers, a kepala sekolah included (UU 14/2005)',
    id: 'guru, termasuk kepala sekolah (UU 14/2005)',
  },
  'school-supervisor': { en: 'school supervisors', id: 'pengawas sekolah' },
  lecturer: { en: 'lecturers (UU 14/2005)', id: 'dosen (UU 14/2005)' },
  professor: { en: 'professors (guru besar, UU 14/2005)', id: 'guru besar (UU 14/2005)' },
};

const ageEn = (age: AgeRange) => (age.min === age.max ? `${age.min}` : `${age.min} or ${age.max}`);
const ageId = (age: AgeRange) => (age.min === age.max ? `${age.min}` : `${age.min} atau ${age.max}`);

/** `NIP 1970...: <what>`: a structural error names the number it is about. */
function numbered<P extends Numbered>(en: (p: P) => string, id: (p: P) => string) {
  return text<P>(
    (p) => `${p.label} ${p.digits}: ${en(p)}`,
    (p) => `${p.label} ${p.digits}: ${id(p)}`,
  );
}

/** What can be wrong with (errors) or odd about (warnings) a NIP, in both languages. */
export const NIP_PROBLEMS = {
  empty: text<NoParams>(
    () => 'NIP is empty',
    () => 'NIP kosong',
  ),
  'non-digit': text<{ nip: string; others: string }>(
    (p) => `NIP ${p.nip}: contains characters that are not digits: ${p.others}`,
    (p) => `NIP ${p.nip}: memuat karakter yang bukan angka: ${p.others}`,
  ),
  length: text<{ nip: string; length: number }>(
    (p) => `NIP ${p.nip}: ${p.length} digits; expected 18 (NIP or NI PPPK), 9 (old NIP) or 16 (NIK)`,
    (p) => `NIP ${p.nip}: ${p.length} angka; seharusnya 18 (NIP atau NI PPPK), 9 (NIP lama) atau 16 (NIK)`,
  ),
  'birth-date': numbered<Numbered & { date: string }>(
    (p) => `birth date ${p.date} is not a real date`,
    (p) => `tanggal lahir ${p.date} bukan tanggal yang ada`,
  ),
  'birth-year': numbered<Numbered & { year: number; min: number; max: number }>(
    (p) => `birth year ${p.year} is outside ${p.min}-${p.max}`,
    (p) => `tahun lahir ${p.year} di luar ${p.min}-${p.max}`,
  ),
  'tmt-year': numbered<Numbered & { year: string; min: number; max: number }>(
    (p) => `TMT year ${p.year} is outside ${p.min}-${p.max}`,
    (p) => `tahun TMT ${p.year} di luar ${p.min}-${p.max}`,
  ),
  'tmt-month': numbered<Numbered & { tmt: string }>(
    (p) => `TMT month ${p.tmt} is not a real month`,
    (p) => `bulan TMT ${p.tmt} bukan bulan yang ada`,
  ),
  'sex-digit': numbered<Numbered & { digit: string }>(
    (p) => `sex digit ${p.digit} is not 1 (male) or 2 (female)`,
    (p) => `angka jenis kelamin ${p.digit} bukan 1 (laki-laki) atau 2 (perempuan)`,
  ),
  'serial-zero': numbered<Numbered>(
    () => 'serial 000 does not exist (serials run 001-999); the cell is text, so no spreadsheet rounded it',
    () =>
      'nomor urut 000 tidak ada (nomor urut 001-999); selnya teks, jadi bukan hasil pembulatan spreadsheet',
  ),
  'tmt-before-birth': numbered<Numbered & { tmt: string; birth: string }>(
    (p) => `TMT ${p.tmt} is before the birth date ${p.birth}`,
    (p) => `TMT ${p.tmt} sebelum tanggal lahir ${tanggal(p.birth)}`,
  ),
  'too-young-at-tmt': numbered<Numbered & { tmt: string; age: AgeRange; min: number }>(
    (p) => `age at TMT ${p.tmt} is ${ageEn(p.age)}, under ${p.min}`,
    (p) => `usia pada TMT ${p.tmt} ${ageId(p.age)} tahun, di bawah ${p.min} tahun`,
  ),
  'old-at-tmt': text<{ tmt: string; age: AgeRange; max: number; birth: string; rule?: AgeRule }>(
    (p) =>
      `age at TMT ${p.tmt} is ${ageEn(p.age)}, over ${p.max} (born ${p.birth}): ${AGE_RULES[p.rule ?? 'general'].en}`,
    (p) =>
      `usia pada TMT ${p.tmt} ${ageId(p.age)} tahun, di atas ${p.max} tahun (lahir ${tanggal(p.birth)}): ${AGE_RULES[p.rule ?? 'general'].id}`,
  ),
  'tmt-after-decree': text<{ tmt: string; decree: string }>(
    (p) => `TMT ${p.tmt} is after the decree date ${p.decree}`,
    (p) => `TMT ${p.tmt} sesudah tanggal SK ${tanggal(p.decree)}`,
  ),
  'retirement-age': text<{
    age: number;
    decree: string;
    birth: string;
    retirement: number;
    rule?: RetirementRule;
  }>(
    (p) =>
      `age ${p.age} on the decree date ${p.decree} (born ${p.birth}) is at or past the retirement age ${p.retirement}${p.rule ? ` for ${RETIREMENT_RULES[p.rule].en}` : ''}`,
    (p) =>
      `usia ${p.age} tahun pada tanggal SK ${tanggal(p.decree)} (lahir ${tanggal(p.birth)}) telah mencapai batas usia pensiun ${p.retirement} tahun${p.rule ? ` untuk ${RETIREMENT_RULES[p.rule].id}` : ''}`,
  ),
  'sex-title': text<{ digit: '1' | '2'; title: string; female: boolean }>(
    (p) =>
      `sex digit ${p.digit === '1' ? '1 (male)' : '2 (female)'} but the title ${p.title} is ${p.female ? 'female' : 'male'}`,
    (p) =>
      `angka jenis kelamin ${p.digit === '1' ? '1 (laki-laki)' : '2 (perempuan)'}, tetapi gelar ${p.title} untuk ${p.female ? 'perempuan' : 'laki-laki'}`,
  ),
  'pppk-pns-grade': text<{ grade: string }>(
    (p) => `NI PPPK with the PNS grade ${p.grade}; PPPK grades are I-XVII`,
    (p) => `NI PPPK dengan golongan/ruang PNS ${p.grade}; golongan PPPK adalah I-XVII`,
  ),
};

type NipCatalogue = typeof NIP_PROBLEMS;
export type NipProblemId = keyof NipCatalogue;
type NipParams<K extends NipProblemId> = Parameters<NipCatalogue[K]['en']>[0];

/** One NIP problem as data: rendered in either language when it is read. */
export type NipSaid = { [K in NipProblemId]: { id: K; params: NipParams<K> } }[NipProblemId];

export function nipSaid<K extends NipProblemId>(id: K, params: NipParams<K>): NipSaid {
  return { id, params } as NipSaid;
}

export function renderNip(said: NipSaid, lang: Lang): string {
  const entry = NIP_PROBLEMS[said.id] as { en: (p: unknown) => string; id: (p: unknown) => string };
  return entry[lang](said.params);
}
