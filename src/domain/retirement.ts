import type { Level } from './level.js';

/**
 * Which rule sets a post's retirement age (batas usia pensiun, BUP): PP 11/2017 art. 239 for the
 * civil service, and the sector laws for teachers (UU 14/2005), school supervisors and lecturers.
 */
export type RetirementRule =
  | 'structural'
  | 'jpt'
  | 'functional-58'
  | 'ahli-madya'
  | 'ahli-utama'
  | 'teacher'
  | 'school-supervisor'
  | 'lecturer'
  | 'professor';

export interface Retirement {
  age: number;
  rule: RetirementRule;
}

/** The retirement age each rule sets; an office's settings may give others. */
export const RETIREMENT_AGES: Readonly<Record<RetirementRule, number>> = {
  structural: 58,
  jpt: 60,
  'functional-58': 58,
  'ahli-madya': 60,
  'ahli-utama': 65,
  teacher: 60,
  'school-supervisor': 60,
  lecturer: 65,
  professor: 70,
};

const JENJANG: Record<string, RetirementRule> = {
  'ahli utama': 'ahli-utama',
  'ahli madya': 'ahli-madya',
  'ahli muda': 'functional-58',
  'ahli pertama': 'functional-58',
  penyelia: 'functional-58',
  mahir: 'functional-58',
  terampil: 'functional-58',
  pemula: 'functional-58',
};

// A sector's post, by the words of its name; the first that matches wins (a professor is a lecturer).
const SECTORS: ReadonlyArray<readonly [RegExp, RetirementRule]> = [
  [/(?<!\p{L})(?:guru\s+besar|profesor)(?!\p{L})/iu, 'professor'],
  [/(?<!\p{L})(?:dosen|lektor(?:\s+kepala)?|asisten\s+ahli)(?!\p{L})/iu, 'lecturer'],
  [/(?<!\p{L})pengawas\s+(?:sekolah|satuan\s+pendidikan|tk|sd|smp|sma|smk)(?!\p{L})/iu, 'school-supervisor'],
  // A kepala sekolah is a teacher with an extra task: the teachers' BUP is theirs.
  [/(?<!\p{L})(?:guru|kepala\s+(?:sekolah|sd|smp|sma|smk|tk|slb|madrasah)[\p{L}\s]*)(?!\p{L})/iu, 'teacher'],
  [/(?<!\p{L})kepala\s+(?:sdn?|smpn?|sman?|smkn?|tkn?|slbn?|min|mtsn?|man)\s*\d*(?!\p{L})/iu, 'teacher'],
];

/** The retirement age of a post, and the rule that sets it; null when neither the level nor the post tells. */
export function retirementFor(
  level: Level,
  jenjang: string | undefined,
  post: string | null,
  ages: Readonly<Record<RetirementRule, number>> = RETIREMENT_AGES,
): Retirement | null {
  const rule = ruleFor(level, jenjang, post);
  return rule ? { age: ages[rule], rule } : null;
}

function ruleFor(level: Level, jenjang: string | undefined, post: string | null): RetirementRule | null {
  if (post) for (const [pattern, rule] of SECTORS) if (pattern.test(post)) return rule;
  if (level === 'I' || level === 'II') return 'jpt';
  if (level === 'III' || level === 'IV' || level === 'V' || level === 'pelaksana') return 'structural';
  if (level !== 'fungsional' || jenjang === undefined) return null;
  return JENJANG[jenjang.replace(/\s+/g, ' ').trim().toLowerCase()] ?? null;
}
