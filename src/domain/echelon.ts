import { PNS_GRADES, parseGrade } from './grade.js';
import type { Level } from './level.js';
import { retirementFor } from './retirement.js';

/** A parsed echelon (eselon): `III.a`, or bare `III` when only the Roman level is written. */
export interface Echelon {
  canonical: string;
  level: Level;
}

/** Lowest and highest grade for each echelon (PP 100/2000 as amended by PP 13/2002). */
const RANGES: Record<string, readonly [string, string]> = {
  'I.a': ['IV/d', 'IV/e'],
  'I.b': ['IV/c', 'IV/e'],
  'II.a': ['IV/c', 'IV/d'],
  'II.b': ['IV/b', 'IV/c'],
  'III.a': ['IV/a', 'IV/b'],
  'III.b': ['III/d', 'IV/a'],
  'IV.a': ['III/c', 'III/d'],
  'IV.b': ['III/b', 'III/c'],
  'V.a': ['III/a', 'III/b'],
};

const ROMAN_OF_ARABIC: Record<string, string> = { '1': 'I', '2': 'II', '3': 'III', '4': 'IV', '5': 'V' };
const PREFIX = /^(?:eselon|esl?\.?)\s*:?\s*/i;
// Arabic digits only count when the prefix or a letter makes clear it is an echelon (a bare `3` is not).
const BODY = /^(iv|v|iii|ii|i|[1-5])(?:\s*[./-]?\s*([a-z]))?$/i;
const JENJANG_RE =
  /(?<!\p{L})(ahli\s+(?:pertama|muda|madya|utama)|pemula|terampil|mahir|penyelia)(?!\p{L})/giu;

function clean(text: string): string {
  return text
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Parses an echelon cell (`III.a`, `III/a`, `IIIa`, `Es. III.a`, `eselon 3a`, `Eselon III`); null otherwise. */
export function parseEchelon(text: string): Echelon | null {
  // An echelon cell is short; the cap also keeps the trimming regexes below linear on hostile input.
  if (text.length > 200) return null;
  let t = clean(text)
    .replace(/^\((.*)\)$/, '$1')
    .replace(/[.,;:]+$/, '')
    .trim();
  const prefixed = PREFIX.test(t);
  t = t.replace(PREFIX, '');
  const m = BODY.exec(t);
  if (!m) return null;
  const [, roman = '', letter] = m;
  const isArabic = /\d/.test(roman);
  if (isArabic && !prefixed && letter === undefined) return null;
  const level = (ROMAN_OF_ARABIC[roman] ?? roman.toUpperCase()) as Level;
  if (letter === undefined) return { canonical: level, level };
  const canonical = `${level}.${letter.toLowerCase()}`;
  return canonical in RANGES ? { canonical, level } : null;
}

/** Grade range of an echelon; a bare level (`III`) spans all its sub-echelons (III/d..IV/b). */
export function echelonGradeRange(canonical: string): { lowest: string; highest: string } | null {
  const echelon = parseEchelon(canonical);
  if (!echelon) return null;
  const ranges = Object.entries(RANGES)
    .filter(([key]) => key === echelon.canonical || key.startsWith(`${echelon.canonical}.`))
    .map(([, range]) => range.map(indexOf));
  if (ranges.length === 0) return null;
  const lowest = PNS_GRADES[Math.min(...ranges.map((r) => r[0] ?? 0))]?.[0];
  const highest = PNS_GRADES[Math.max(...ranges.map((r) => r[1] ?? 0))]?.[0];
  return lowest && highest ? { lowest, highest } : null;
}

function indexOf(grade: string): number {
  return PNS_GRADES.findIndex(([g]) => g === grade);
}

/** How a grade sits against an echelon's range: one grade below the lowest is allowed by the regulation. */
export type GradeFit = 'ok' | 'one-below' | 'below' | 'above';

/** Checks a PNS grade against an echelon's range; null when either is not a PNS grade / known echelon. */
export function gradeFitsEchelon(
  grade: string,
  echelon: string,
): { fit: GradeFit; lowest: string; highest: string; stepsBelow: number } | null {
  const g = parseGrade(grade);
  const range = echelonGradeRange(echelon);
  if (g?.kind !== 'pns' || !range) return null;
  const stepsBelow = Math.max(0, indexOf(range.lowest) - g.index);
  let fit: GradeFit = 'ok';
  if (stepsBelow === 1) fit = 'one-below';
  else if (stepsBelow > 1) fit = 'below';
  else if (g.index > indexOf(range.highest)) fit = 'above';
  return { fit, ...range, stepsBelow };
}

const EXPLICIT_ECHELON =
  /(?<![\p{L}\p{N}])(non[\s-]*)?(?:eselon|esl?\.)\s*:?\s*(iv|v|iii|ii|i|[1-5])(?:\s*[./-]?\s*[ab])?(?![\p{L}\p{N}])/giu;
// Level names; `Pelaksana Tugas`/`Harian` (acting) and bare `Pimpinan Tinggi` say nothing about a level.
const LEVEL_NAMES: readonly [RegExp, Level][] = [
  // News writes `pejabat tinggi pratama` for the JPT ranks too.
  [/(?<!\p{L})(?:jpt|pimpinan\s+tinggi|pejabat\s+tinggi)\s+(?:utama|madya)(?!\p{L})/iu, 'I'],
  [/(?<!\p{L})(?:jpt|pimpinan\s+tinggi|pejabat\s+tinggi)\s+pratama(?!\p{L})/iu, 'II'],
  [/(?<!\p{L})administrator(?!\p{L})/iu, 'III'],
  // Pengawas Sekolah is a functional post, not a pengawas (eselon IV) one.
  [/(?<!\p{L})pengawas\s+sekolah(?!\p{L})/iu, 'fungsional'],
  [/(?<!\p{L})pengawas(?!\p{L})/iu, 'IV'],
  [/(?<!\p{L})fungsional(?!\p{L})/iu, 'fungsional'],
  [/(?<!\p{L})pelaksana(?!\s+(?:tugas|harian)(?!\p{L}))(?!\p{L})/iu, 'pelaksana'],
];

/**
 * The level a label names (`Jabatan Administrator (Eselon III)` -> `III`, `JPT Pratama` -> `II`).
 * An explicit echelon wins, then a functional jenjang, then the first level name; null if none.
 */
export function levelFromText(text: string): Level | null {
  const t = clean(text);
  for (const m of t.matchAll(EXPLICIT_ECHELON)) {
    if (m[1] !== undefined) continue;
    const roman = m[2] ?? '';
    return (ROMAN_OF_ARABIC[roman] ?? roman.toUpperCase()) as Level;
  }
  if (functionalJenjang(t)) return 'fungsional';
  let best: { at: number; level: Level } | null = null;
  for (const [re, level] of LEVEL_NAMES) {
    const m = re.exec(t);
    if (m && (!best || m.index < best.at)) best = { at: m.index, level };
  }
  return best?.level ?? null;
}

/** A level guessed from a post's name; `inferred` is always true so reports can say so. */
export interface PositionLevel {
  level: Level;
  inferred: true;
  reason: 'jenjang' | 'title';
  jenjang?: string;
}

function canonicalJenjang(raw: string): string {
  return raw
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

/** Drops trailing punctuation and one trailing `(...)` note, without a regex that could backtrack. */
function trimTail(t: string): string {
  let end = t.length;
  const skip = () => {
    while (end > 0 && ' .,;:'.includes(t.charAt(end - 1))) end--;
  };
  skip();
  if (t.charAt(end - 1) === ')') {
    const open = t.lastIndexOf('(', end - 1);
    if (open >= 0 && !t.slice(open + 1, end - 1).includes(')')) {
      end = open;
      skip();
    }
  }
  return t.slice(0, end);
}

/**
 * The jenjang of a functional post: `Ahli ...` anywhere before the unit (`... pada Dinas X`), a
 * skilled-track word only at the end (`Terampil` is also an ordinary word in structural names).
 */
function functionalJenjang(t: string): string | null {
  const head = trimTail(t.split(/\s(?:pada|di)\s/i)[0] ?? '');
  const all = [...head.matchAll(JENJANG_RE)];
  const expert = all.find((m) => /^ahli/i.test(m[1] ?? ''));
  const last = all.at(-1);
  const found = expert ?? (last && last.index + last[0].length === head.length ? last : undefined);
  return found ? canonicalJenjang(found[1] ?? '') : null;
}

/*
 * Structural titles, counted only at the start of the post's name (`Pengelola Keuangan pada Kantor
 * Camat` is no camat). Left out on purpose: heads of UPT/UPTD, schools and health centres (they range
 * from III.a to IV.b or are functional posts with an extra task), a bare `Sekretaris Daerah` (province
 * I.b or regency II.a) and the kelurahan secretary.
 */
const TITLES: readonly [string, Level][] = [
  ['sekretaris daerah provinsi', 'I'],
  ['sekretaris daerah (?:kabupaten|kota)', 'II'],
  ['sekretaris (?:dprd|dewan perwakilan rakyat daerah)', 'II'],
  ['kepala (?:dinas|badan|biro|satuan polisi pamong praja)|kadis|kaban', 'II'],
  ['asisten(?! (?:ahli|apoteker))', 'II'],
  ['staf ahli (?:gubernur|bupati|wali ?kota)', 'II'],
  ['inspektur(?= (?:provinsi|kabupaten|kota|daerah)|$)', 'II'],
  ['inspektur pembantu|irban', 'III'],
  ['sekretaris (?:pada )?(?:dinas|badan|inspektorat)|sekdis|sekban', 'III'],
  ['kepala (?:bidang|bagian)|kabid|kabag', 'III'],
  ['camat', 'III'],
  ['sekretaris camat|sekcam', 'IV'],
  ['kepala (?:seksi|sub\\.? ?bagian|sub\\.? ?bidang)|kasie?|kasubb?ag|kasubb?id', 'IV'],
  ['lurah', 'IV'],
];
const TITLE_RES = TITLES.map(([src, level]) => [new RegExp(`^(?:${src})(?!\\p{L})`, 'iu'), level] as const);

/** Guesses the level from a post's name: a leading structural title, else a functional jenjang. */
export function inferLevelFromPosition(position: string): PositionLevel | null {
  const t = clean(position).replace(/^[^\p{L}]+/u, '');
  for (const [re, level] of TITLE_RES) {
    if (re.test(t)) return { level, inferred: true, reason: 'title' };
  }
  const jenjang = functionalJenjang(t);
  return jenjang ? { level: 'fungsional', inferred: true, reason: 'jenjang', jenjang } : null;
}

/** Retirement age (BUP) for a level; functional posts need the jenjang. Null when not known. */
export function retirementAge(level: Level, jenjang?: string): number | null {
  return retirementFor(level, jenjang, null)?.age ?? null;
}
