/** A parsed grade (golongan/ruang). PNS: `III/a`, index 0 (I/a) .. 16 (IV/e). PPPK: `I`..`XVII`, index 1..17. */
export interface Grade {
  canonical: string;
  kind: 'pns' | 'pppk';
  index: number;
}

/** PNS grades with their ranks (pangkat), lowest first; the position is the grade's index. */
export const PNS_GRADES = [
  ['I/a', 'Juru Muda'],
  ['I/b', 'Juru Muda Tingkat I'],
  ['I/c', 'Juru'],
  ['I/d', 'Juru Tingkat I'],
  ['II/a', 'Pengatur Muda'],
  ['II/b', 'Pengatur Muda Tingkat I'],
  ['II/c', 'Pengatur'],
  ['II/d', 'Pengatur Tingkat I'],
  ['III/a', 'Penata Muda'],
  ['III/b', 'Penata Muda Tingkat I'],
  ['III/c', 'Penata'],
  ['III/d', 'Penata Tingkat I'],
  ['IV/a', 'Pembina'],
  ['IV/b', 'Pembina Tingkat I'],
  ['IV/c', 'Pembina Utama Muda'],
  ['IV/d', 'Pembina Utama Madya'],
  ['IV/e', 'Pembina Utama'],
] as const;

const PPPK_GRADES = [
  'I',
  'II',
  'III',
  'IV',
  'V',
  'VI',
  'VII',
  'VIII',
  'IX',
  'X',
  'XI',
  'XII',
  'XIII',
  'XIV',
  'XV',
  'XVI',
  'XVII',
];

const ROMAN_OF_ARABIC: Record<string, string> = { '1': 'I', '2': 'II', '3': 'III', '4': 'IV' };
const PNS_WHOLE = /^(iv|iii|ii|i|[1-4])\s*[/.-]?\s*([a-e])$/i;
// Embedded grades sit between non-alphanumerics so words like `Ia` inside names never match.
const PNS_EMBEDDED = /(?<![\p{L}\p{N}])(iv|iii|ii|i|[1-4])\s*[/.-]?\s*([a-e])(?![\p{L}\p{N}])/giu;
const GOL_PREFIX = /^gol(?:ongan)?\s*\.?\s*(?:[/.]?\s*ruang\s*\.?)?\s*:?\s*/i;
// Several spellings of `Tingkat I` and the words of a rank; each word must end at a non-letter.
// `Tingkat` with nothing after it is `Tingkat I` (no rank has another): OCR drops a lone `I` at a
// line's end. `Tk. II` is no rank's: it is left out.
const RANK_RE =
  /(?<![\p{L}\p{N}])(?:(juru|pengatur|penata)(?:\s+(muda))?|(pembina)(?:\s+(utama)(?:\s+(muda|madya))?)?)(?!\p{L})([\s.]*(?:tingkat|tkt|tk)(?:\s*[.-]?\s*(?:i|1)(?![\p{L}\p{N}])|(?!\s*[.-]?\s*[\p{L}\p{N}])))?/giu;

const GRADE_OF_RANK = new Map<string, string>(PNS_GRADES.map(([grade, rank]) => [rank.toLowerCase(), grade]));

function normalise(text: string): string {
  return text.replace(/[\u2010-\u2015\u2212]/g, '-').replace(/\s+/g, ' ');
}

function pnsGrade(roman: string, letter: string): Grade | null {
  const romanUpper = ROMAN_OF_ARABIC[roman] ?? roman.toUpperCase();
  const canonical = `${romanUpper}/${letter.toLowerCase()}`;
  const index = PNS_GRADES.findIndex(([grade]) => grade === canonical);
  return index < 0 ? null : { canonical, kind: 'pns', index };
}

/** Parses a whole grade cell (`III/a`, `III.a`, `IIIa`, `III A`, `(III/d)`, `Gol. III/a`, PPPK `IX`); null otherwise. */
export function parseGrade(text: string): Grade | null {
  let t = normalise(text).trim();
  // A grade cell is short; the cap also keeps the trimming regexes below linear on hostile input.
  if (t.length > 40) return null;
  for (;;) {
    const stripped = t
      .replace(/^[([{]\s*(.*?)\s*[)\]}]$/, '$1')
      .replace(/[.,;:]+$/, '')
      .trim();
    if (stripped === t) break;
    t = stripped;
  }
  t = t.replace(GOL_PREFIX, '');
  const pns = PNS_WHOLE.exec(t);
  if (pns) return pnsGrade(pns[1] ?? '', pns[2] ?? '');
  // A bare Roman numeral is only PPPK in capitals: lowercase `i`/`v` cells are usually list markers.
  const pppk = PPPK_GRADES.indexOf(t);
  return pppk < 0 ? null : { canonical: t, kind: 'pppk', index: pppk + 1 };
}

/** The first valid PNS grade written anywhere in the text, or null. */
function findPnsGrade(text: string): Grade | null {
  for (const m of normalise(text).matchAll(PNS_EMBEDDED)) {
    const grade = pnsGrade(m[1] ?? '', m[2] ?? '');
    if (grade) return grade;
  }
  return null;
}

/** The rank (pangkat) of a PNS grade: `III/d` -> `Penata Tingkat I`; null for PPPK or unknown grades. */
export function rankOfGrade(canonical: string): string | null {
  const grade = parseGrade(canonical);
  if (grade?.kind !== 'pns') return null;
  return PNS_GRADES[grade.index]?.[1] ?? null;
}

interface RankMatch {
  grade: string;
  start: number;
  end: number;
}

function findRank(text: string): RankMatch | null {
  for (const m of text.matchAll(RANK_RE)) {
    const words = [m[1] ?? m[3], m[2] ?? m[4], m[5], m[6] ? 'tingkat i' : undefined];
    const key = words.filter((w) => w !== undefined).join(' ');
    const grade = GRADE_OF_RANK.get(key.toLowerCase());
    if (grade) return { grade, start: m.index, end: m.index + m[0].length };
  }
  return null;
}

/** The canonical grade of the first rank named in the text (`Penata Tk. I` -> `III/d`), or null. */
export function parseRank(text: string): string | null {
  return findRank(normalise(text))?.grade ?? null;
}

/** A rank and a grade read from one cell; `conflict` when both are written and disagree. */
export interface RankGrade {
  rank: string | null;
  grade: string | null;
  conflict: boolean;
  raw: string;
}

/**
 * Reads a combined rank/grade cell (`Penata (III/c)`, `Pembina, IV/a`, `Penata Muda Tk.I / III.b`).
 * A missing half is filled in from the other; on conflict `grade` is the written grade and `rank`
 * the canonical name of the written rank, so callers can report both.
 */
export function parseRankGrade(cell: string): RankGrade {
  const text = normalise(cell);
  const rankMatch = findRank(text);
  const rest = rankMatch ? `${text.slice(0, rankMatch.start)} ${text.slice(rankMatch.end)}` : text;
  const explicit = findPnsGrade(rest) ?? parseGrade(rest);
  const rankName = rankMatch ? rankOfGrade(rankMatch.grade) : null;
  if (!explicit) return { rank: rankName, grade: rankMatch?.grade ?? null, conflict: false, raw: cell };
  if (!rankMatch) {
    return { rank: rankOfGrade(explicit.canonical), grade: explicit.canonical, conflict: false, raw: cell };
  }
  return {
    rank: rankName,
    grade: explicit.canonical,
    conflict: explicit.canonical !== rankMatch.grade,
    raw: cell,
  };
}

/** index(b) - index(a) for two PNS grades (any spelling parseGrade accepts); NaN when either is not one. */
export function gradeDistance(a: string, b: string): number {
  const ga = parseGrade(a);
  const gb = parseGrade(b);
  if (ga?.kind !== 'pns' || gb?.kind !== 'pns') return Number.NaN;
  return gb.index - ga.index;
}
