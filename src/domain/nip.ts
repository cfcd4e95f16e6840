import { type AgeRule, type NipSaid, nipSaid, renderNip } from '../i18n/nip-problems.js';
import { isRealDate } from './date.js';
import type { RetirementRule } from './retirement.js';

export { isRealDate };
/** What an identifier is by its length: 18-digit PNS NIP or NI PPPK, 9-digit old NIP, 16-digit NIK. */
export type NipKind = 'pns' | 'pppk' | 'old' | 'nik';

/** The fields an 18-digit NIP or NI PPPK encodes. */
export interface NipDecoded {
  kind: 'pns' | 'pppk';
  /** ISO `YYYY-MM-DD`. */
  birthDate: string;
  /** PNS: `YYYY-MM` of the first CPNS appointment; PPPK: `YYYY` of the appointment. */
  tmt: string;
  /** Null when the sex digit is not 1 or 2. */
  sex: 'M' | 'F' | null;
  /** Three digits. */
  serial: string;
}

/**
 * Why a NIP is wrong (errors) or odd (warnings). `serial-zero` is emitted only for a NIP known to be
 * text: 18 digits ending in `000` from a number, or from a source that cannot tell, are damage.
 */
export type NipReason =
  | 'length'
  | 'non-digit'
  | 'birth-date'
  | 'tmt-date'
  | 'sex-digit'
  | 'serial-zero'
  | 'tmt-before-birth'
  | 'too-young-at-tmt'
  | 'old-at-tmt'
  | 'tmt-after-decree'
  | 'retirement-age'
  | 'sex-title'
  | 'pppk-pns-grade';

/** One thing wrong with (error) or odd about (warning) a NIP. */
export interface NipProblem {
  severity: 'error' | 'warning';
  reason: NipReason;
  message: string;
  /** The message as catalogue data, to say it in another language. */
  said: NipSaid;
}

/** The result of reading one NIP cell; never thrown, always returned. */
export interface NipParse {
  raw: string;
  /** Digits after removing labels and separators; null when there are none, or for scientific notation. */
  digits: string | null;
  kind: NipKind | null;
  /** Spreadsheet damage: scientific notation, `.0`, or 18 digits ending in `000` not from a text cell. */
  mangled: boolean;
  /** For 18 digits whose birth date and TMT are real dates (also when mangled). */
  decoded: NipDecoded | null;
  /** Structural errors; empty when valid and always empty when mangled. */
  problems: NipProblem[];
}

/** Caller knowledge that makes the plausibility warnings possible; each is skipped when absent. */
export interface NipContext {
  /** ISO `YYYY-MM-DD`. */
  decreeDate?: string | null;
  /** 58, 60 or 65 depending on the post. */
  retirementAge?: number | null;
  /** The rule that set `retirementAge`, for the message. */
  retirementRule?: RetirementRule | undefined;
  /** The post's name (new, then old): some posts have their own age limit at first appointment. */
  post?: string | null;
  /** Canonical front titles such as `Hj.`, `Dra.`, `H.`, `Drs.`. */
  titlesBefore?: readonly string[];
  /** Grade as printed, e.g. `III/a` (PNS) or `IX` (PPPK). */
  grade?: string | null;
  /** The age limits of a first appointment, when an office sets its own. */
  ageLimits?: Readonly<AgeLimits> | undefined;
}

const LABEL = /^(?:NI\s*PPPK|NIP|NIK)\s*[.:]*\s*/i;
// The apostrophe a clerk types so a spreadsheet keeps the digits as text; pasted data can keep it.
const TEXT_MARK = /^['\u2018\u2019`]/;
const SEPARATORS = /[\s.\-\u2010-\u2015\u200b\u2060]/g;
// Excel's display of a number too long for a double: `1,97005E+17`, `1.97005E+17`, `1.97005e17`.
const SCIENTIFIC = /^\d(?:[.,]\d*)?e\+?\d{1,2}$/i;
const MIN_YEAR = 1900;
const MAX_YEAR = 2099;
const MIN_AGE_AT_TMT = 18;
// CPNS applicants are at most 35, and a year may pass to the TMT; posts the rules exempt, 40.
const EXEMPT_POST = /(?<!\p{L})(?:dokter|dosen|peneliti|perekayasa)(?!\p{L})/iu;

/** The age limits of a first appointment (CPNS) an office may set; the rules' by default. */
export interface AgeLimits {
  /** Oldest applicant (35); a year is allowed from application to TMT. */
  maxAge: number;
  /** Oldest applicant for the posts the rules exempt: doctors, lecturers, researchers (40). */
  maxAgeExemptPost: number;
  /** Honorary staff (K1/K2) appointed CPNS in these years, both included (2005-2014)... */
  honoraryFrom: number;
  honoraryTo: number;
  /** ...were at most this old (46) on this date (2006-01-01): PP 48/2005. */
  honoraryMaxAge: number;
  honoraryAgeOn: string;
}

export const DEFAULT_AGE_LIMITS: Readonly<AgeLimits> = {
  maxAge: 35,
  maxAgeExemptPost: 40,
  honoraryFrom: 2005,
  honoraryTo: 2014,
  honoraryMaxAge: 46,
  honoraryAgeOn: '2006-01-01',
};

/** Value of the ASCII digit at `index` (0-9), or -1 for anything else (also past the end). */
function digitAt(text: string, index: number): number {
  const d = text.charCodeAt(index) - 48;
  return d >= 0 && d <= 9 ? d : -1;
}

/** Integer value of the ASCII digits text[start, end); -1 when any is not a digit. At most 9 digits. */
function digitsValue(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) {
    const d = digitAt(text, i);
    if (d < 0) return -1;
    value = value * 10 + d;
  }
  return value;
}

/**
 * A text starting with `YYYY-MM-DD` (anything may follow) as the integer YYYYMMDD, when that is a
 * real date; -1 otherwise. Same as matching /^(\d{4})-(\d{2})-(\d{2})/ and checking the calendar,
 * but by character codes and without allocating: it runs several times per roster row.
 */
function isoValue(iso: string): number {
  if (iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return -1;
  const y = digitsValue(iso, 0, 4);
  const m = digitsValue(iso, 5, 7);
  const d = digitsValue(iso, 8, 10);
  if (y < 0 || m < 0 || d < 0 || !isRealDate(y, m, d)) return -1;
  return y * 10000 + m * 100 + d;
}

/** Age in whole years on a date (both ISO `YYYY-MM-DD`); NaN when either is not a real date. */
export function ageOn(birthIso: string, onIso: string): number {
  const birth = isoValue(birthIso);
  const on = isoValue(onIso);
  if (birth < 0 || on < 0) return Number.NaN;
  // With dates as YYYYMMDD, the difference is (years) * 10000 + (MMDD on - MMDD birth), and the
  // MMDD part lies within +-1231, so flooring by 10000 subtracts one exactly when the birthday
  // has not come yet that year.
  return Math.floor((on - birth) / 10000);
}

/** Removes a `NIP.`/`NIP :`/`NI PPPK` label, spaces, line breaks, dots and dashes; keeps anything else. */
export function cleanNip(raw: string): string {
  return raw.trim().replace(TEXT_MARK, '').replace(LABEL, '').replace(SEPARATORS, '');
}

/** `197005121995031002` -> `19700512 199503 1 002`; anything but 18 digits is returned unchanged. */
export function formatNip(digits: string): string {
  if (!/^\d{18}$/.test(digits)) return digits;
  return `${digits.slice(0, 8)} ${digits.slice(8, 14)} ${digits.slice(14, 15)} ${digits.slice(15)}`;
}

/** Digit 13 is `2` in a NI PPPK (a PNS TMT month starts with 0 or 1). */
function kind18(digits: string): 'pns' | 'pppk' {
  return digits[12] === '2' ? 'pppk' : 'pns';
}

function kindOf(digits: string): NipKind | null {
  if (digits.length === 18) return kind18(digits);
  if (digits.length === 9) return 'old';
  if (digits.length === 16) return 'nik';
  return null;
}

function error(reason: NipReason, said: NipSaid): NipProblem {
  return { severity: 'error', reason, message: renderNip(said, 'en'), said };
}

function warning(reason: NipReason, said: NipSaid): NipProblem {
  return { severity: 'warning', reason, message: renderNip(said, 'en'), said };
}

function labelOf(kind: NipKind | null): string {
  return kind === 'pppk' ? 'NI PPPK' : kind === 'nik' ? 'NIK' : 'NIP';
}

function inYearRange(y: number): boolean {
  return y >= MIN_YEAR && y <= MAX_YEAR;
}

interface Decoding {
  decoded: NipDecoded | null;
  problems: NipProblem[];
}

/** The number a structural error is about: `NIP 1970...`, `NI PPPK 1995...`. */
function numbered(kind: 'pns' | 'pppk', digits: string) {
  return { label: labelOf(kind), digits };
}

function decode18(digits: string, kind: 'pns' | 'pppk'): Decoding {
  const problems: NipProblem[] = [];
  // `digits` is 18 ASCII digits, so the fields are read from character codes (no Number(slice)).
  const by = digitsValue(digits, 0, 4);
  const bm = digitsValue(digits, 4, 6);
  const bd = digitsValue(digits, 6, 8);
  const birthDate = `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`;
  const birthReal = isRealDate(by, bm, bd);
  const birthOk = birthReal && inYearRange(by);
  if (!birthReal)
    problems.push(error('birth-date', nipSaid('birth-date', { ...numbered(kind, digits), date: birthDate })));
  else if (!birthOk) {
    const params = { ...numbered(kind, digits), year: by, min: MIN_YEAR, max: MAX_YEAR };
    problems.push(error('birth-date', nipSaid('birth-year', params)));
  }

  const ty = digitsValue(digits, 8, 12);
  const tm = digitsValue(digits, 12, 14);
  const tmt = kind === 'pns' ? `${digits.slice(8, 12)}-${digits.slice(12, 14)}` : digits.slice(8, 12);
  let tmtOk = inYearRange(ty);
  if (!tmtOk) {
    const params = { ...numbered(kind, digits), year: digits.slice(8, 12), min: MIN_YEAR, max: MAX_YEAR };
    problems.push(error('tmt-date', nipSaid('tmt-year', params)));
  } else if (kind === 'pns' && (tm < 1 || tm > 12)) {
    tmtOk = false;
    problems.push(error('tmt-date', nipSaid('tmt-month', { ...numbered(kind, digits), tmt })));
  }

  const sexDigit = digits[14];
  const sex = sexDigit === '1' ? 'M' : sexDigit === '2' ? 'F' : null;
  if (!sex)
    problems.push(
      error('sex-digit', nipSaid('sex-digit', { ...numbered(kind, digits), digit: sexDigit ?? '' })),
    );

  if (!birthOk || !tmtOk) return { decoded: null, problems };
  const decoded: NipDecoded = { kind, birthDate, tmt, sex, serial: digits.slice(15) };
  // Both dates are known real here, so the checks are integer comparisons on the fields:
  // fixed-width digit strings compare like the numbers (tmt < birthDate.slice(0, tmt.length)),
  // and the age is what ageAtTmt(decoded) computes, without re-parsing the strings.
  const tmtBeforeBirth = kind === 'pns' ? ty < by || (ty === by && tm < bm) : ty < by;
  const maxAge = kind === 'pns' ? ty - by - (tm > bm || (tm === bm && bd <= 1) ? 0 : 1) : ty - by;
  if (tmtBeforeBirth) {
    const params = { ...numbered(kind, digits), tmt, birth: birthDate };
    problems.push(error('tmt-before-birth', nipSaid('tmt-before-birth', params)));
  } else if (maxAge < MIN_AGE_AT_TMT) {
    const params = { ...numbered(kind, digits), tmt, age: ageAtTmt(decoded), min: MIN_AGE_AT_TMT };
    problems.push(error('too-young-at-tmt', nipSaid('too-young-at-tmt', params)));
  }
  return { decoded, problems };
}

interface AgeRange {
  min: number;
  max: number;
}

/** PPPK applicants may be up to a year before the post's retirement age: known only with the post. */
function pppkAgeLimit(
  decoded: NipDecoded,
  retirementAge: number | null | undefined,
): { age: AgeRange; held: number; max: number; rule: AgeRule } | null {
  if (retirementAge == null || !Number.isFinite(retirementAge)) return null;
  const age = ageAtTmt(decoded);
  // The year alone is known: the younger reading is held to the limit, so no birthday guesses wrong.
  return { age, held: age.min, max: retirementAge - 1, rule: 'pppk' };
}

/** The age limit that applies to a PNS number's first appointment, the age it is held to, and why. */
function ageLimit(
  decoded: NipDecoded,
  post: string | null,
  limits: Readonly<AgeLimits>,
): { age: AgeRange; held: number; max: number; rule: AgeRule } | null {
  const year = Number(decoded.tmt.slice(0, 4));
  if (year >= limits.honoraryFrom && year <= limits.honoraryTo) {
    const honorary = ageOn(decoded.birthDate, limits.honoraryAgeOn);
    // Within the honorary window its limit is the higher one: within it, no warning can be right.
    return { age: ageAtTmt(decoded), held: honorary, max: limits.honoraryMaxAge, rule: 'honorary' };
  }
  const age = ageAtTmt(decoded);
  // A year may pass from the application to the TMT.
  if (post && EXEMPT_POST.test(post))
    return { age, held: age.min, max: limits.maxAgeExemptPost + 1, rule: 'exempt-post' };
  return { age, held: age.min, max: limits.maxAge + 1, rule: 'general' };
}

// A PPPK number carries only the appointment year, so the age at TMT is known within one year.
function ageAtTmt(decoded: NipDecoded): AgeRange {
  if (decoded.kind === 'pns') {
    const age = ageOn(decoded.birthDate, `${decoded.tmt}-01`);
    return { min: age, max: age };
  }
  const years = Number(decoded.tmt) - Number(decoded.birthDate.slice(0, 4));
  return { min: years - 1, max: years };
}

/** Reads one NIP cell: cleans it, says what kind it is, decodes 18 digits and reports structural errors. */
const FLOAT_TEXT = /^\d{16,19}[.,]0+$/;

/** What held a NIP: a spreadsheet number, a text cell, or a source that cannot tell (CSV, PDF, Word). */
export type NipOrigin = 'number' | 'text' | 'unknown';

export function parseNip(raw: string, origin: NipOrigin = 'unknown'): NipParse {
  // Fast path: a cell of exactly 18 ASCII digits (nearly every roster row) has nothing to trim,
  // no label or separator to strip and cannot be scientific notation, so it is its own `cleaned`.
  if (raw.length === 18 && digitsValue(raw, 0, 9) >= 0 && digitsValue(raw, 9, 18) >= 0) {
    return parse18(raw, raw, origin);
  }
  const bare = raw.trim().replace(TEXT_MARK, '').replace(LABEL, '').replace(/\s+/g, '');
  // `1,97005E+17`, or `198507202010011008.0`: a number a spreadsheet or converter wrote back as text,
  // past a double's 15-17 significant digits.
  if (SCIENTIFIC.test(bare) || FLOAT_TEXT.test(bare)) {
    return { raw, digits: null, kind: null, mangled: true, decoded: null, problems: [] };
  }
  const cleaned = cleanNip(raw);
  if (cleaned === '') {
    return {
      raw,
      digits: null,
      kind: null,
      mangled: false,
      decoded: null,
      problems: [error('length', nipSaid('empty', {}))],
    };
  }
  if (!/^\d+$/.test(cleaned)) {
    const others = [...new Set(cleaned.replace(/\d/g, ''))].map((c) => JSON.stringify(c)).join(', ');
    const digits = cleaned.replace(/\D/g, '') || null;
    const problem = error('non-digit', nipSaid('non-digit', { nip: cleaned, others }));
    return { raw, digits, kind: null, mangled: false, decoded: null, problems: [problem] };
  }
  const kind = kindOf(cleaned);
  if (kind === null) {
    const problem = error('length', nipSaid('length', { nip: cleaned, length: cleaned.length }));
    return { raw, digits: cleaned, kind, mangled: false, decoded: null, problems: [problem] };
  }
  if (kind !== 'pns' && kind !== 'pppk') {
    return { raw, digits: cleaned, kind, mangled: false, decoded: null, problems: [] };
  }
  return parse18(raw, cleaned, origin);
}

/** The result for a cell whose cleaned form is 18 ASCII digits. */
function parse18(raw: string, cleaned: string, origin: NipOrigin): NipParse {
  const kind = kind18(cleaned);
  const zero = cleaned.endsWith('000');
  // 15 significant digits padded with zeros: serial 000 does not exist, so from a number (or a
  // source that cannot tell) this is damage; a text cell was never rounded, so there it is an error.
  const mangled = zero && origin !== 'text';
  const { decoded, problems } = decode18(cleaned, kind);
  if (zero && !mangled) problems.push(error('serial-zero', nipSaid('serial-zero', numbered(kind, cleaned))));
  return { raw, digits: cleaned, kind, mangled, decoded, problems: mangled ? [] : problems };
}

const FEMALE_TITLES = new Set(['hj', 'dra']);
const MALE_TITLES = new Set(['h', 'drs']);
// PNS grades are a Roman I-IV with a letter; PPPK grades are a bare Roman I-XVII.
const PNS_GRADE = /^(?:IV|III|II|I)\s*[/.-]?\s*[a-e]$/i;

/** Warnings that need the decree's context: age at TMT, TMT after the decree, retirement, titles, grade. */
export function nipPlausibility(decoded: NipDecoded, ctx: NipContext): NipProblem[] {
  const problems: NipProblem[] = [];
  const limit =
    decoded.kind === 'pns'
      ? ageLimit(decoded, ctx.post ?? null, ctx.ageLimits ?? DEFAULT_AGE_LIMITS)
      : pppkAgeLimit(decoded, ctx.retirementAge);
  if (limit && limit.held > limit.max) {
    const params = {
      tmt: decoded.tmt,
      age: limit.age,
      max: limit.max,
      birth: decoded.birthDate,
      rule: limit.rule,
    };
    problems.push(warning('old-at-tmt', nipSaid('old-at-tmt', params)));
  }
  if (ctx.decreeDate && isoValue(ctx.decreeDate) >= 0) {
    const decreeIso = ctx.decreeDate.slice(0, 10);
    if (decoded.tmt > decreeIso.slice(0, decoded.tmt.length)) {
      const params = { tmt: decoded.tmt, decree: decreeIso };
      problems.push(warning('tmt-after-decree', nipSaid('tmt-after-decree', params)));
    }
    const ageAtDecree = ageOn(decoded.birthDate, decreeIso);
    if (ctx.retirementAge != null && Number.isFinite(ctx.retirementAge) && ageAtDecree >= ctx.retirementAge) {
      const params = {
        age: ageAtDecree,
        decree: decreeIso,
        birth: decoded.birthDate,
        retirement: ctx.retirementAge,
        ...(ctx.retirementRule ? { rule: ctx.retirementRule } : {}),
      };
      problems.push(warning('retirement-age', nipSaid('retirement-age', params)));
    }
  }
  for (const title of ctx.titlesBefore ?? []) {
    const key = title.replace(/[.\s]+$/, '').toLowerCase();
    const female = FEMALE_TITLES.has(key);
    if ((female && decoded.sex === 'M') || (MALE_TITLES.has(key) && decoded.sex === 'F')) {
      const digit = decoded.sex === 'M' ? '1' : '2';
      problems.push(warning('sex-title', nipSaid('sex-title', { digit, title, female })));
    }
  }
  const grade = ctx.grade?.trim();
  if (decoded.kind === 'pppk' && grade && (grade.includes('/') || PNS_GRADE.test(grade))) {
    problems.push(warning('pppk-pns-grade', nipSaid('pppk-pns-grade', { grade })));
  }
  return problems;
}
