/** A person's name with the academic, professional and religious titles taken off. */
export interface PersonName {
  /** The name without titles, whitespace collapsed, case as given. */
  name: string;
  /** Front titles in canonical spelling ('Dr.', 'dr.', 'H.', 'Hj.'), in order. */
  titlesBefore: string[];
  /** Back titles in canonical dotted spelling ('S.H.', 'M.Si.'); unknown tokens verbatim. */
  titlesAfter: string[];
  /** The input, trimmed. */
  raw: string;
}

// Each front title needs a dot or a following space, so 'DRAJAT' or 'IRWAN' are not cut.
// Longer spellings come first ('drg' before 'dr').
const FRONT_TITLES: ReadonlyArray<readonly [RegExp, (found: string) => string]> = [
  [/^prof(?:\.\s*|\s+)/i, () => 'Prof.'],
  [/^drg(?:\.\s*|\s+)/i, () => 'drg.'],
  [/^drh(?:\.\s*|\s+)/i, () => 'drh.'],
  [/^drs(?:\.\s*|\s+)/i, () => 'Drs.'],
  [/^dra(?:\.\s*|\s+)/i, () => 'Dra.'],
  // 'dr.' is a physician, 'Dr.' a doctorate; 'DR.' in capitals cannot tell, so it reads as 'Dr.'.
  [/^dr(?:\.\s*|\s+)/i, (found) => (found.startsWith('dr') ? 'dr.' : 'Dr.')],
  [/^ir(?:\.\s*|\s+)/i, () => 'Ir.'],
  [/^hj(?:\.\s*|\s+)/i, () => 'Hj.'],
  [/^k\.?\s?h(?:\.\s*|\s+)/i, () => 'K.H.'],
  // A bare 'H' is too often an initial; only 'H.' counts.
  [/^h\.\s*/i, () => 'H.'],
  [/^apt(?:\.\s*|\s+)/i, () => 'apt.'],
  [/^ns(?:\.\s*|\s+)/i, () => 'Ns.'],
];

// Fast path: every front-title pattern starts with a fixed ASCII letter (case-insensitive, and a
// non-unicode /i regex matches only that letter's two ASCII cases), so a name is only tried against
// the patterns for its first character, in the original order. Most names start with no title
// letter at all and skip the regexes entirely.
const FRONT_BY_CHAR: ReadonlyArray<typeof FRONT_TITLES | undefined> = (() => {
  const table: Array<Array<(typeof FRONT_TITLES)[number]>> = [];
  for (const entry of FRONT_TITLES) {
    const letter = entry[0].source[1] ?? '';
    for (const code of [letter.toLowerCase().charCodeAt(0), letter.toUpperCase().charCodeAt(0)]) {
      const list = table[code] ?? [];
      list.push(entry);
      table[code] = list;
    }
  }
  return table;
})();

const BACK_TITLES = [
  'S.H.',
  'M.H.',
  'S.H.I.',
  'S.E.',
  'M.E.',
  'S.E.I.',
  'M.M.',
  'M.Si.',
  'S.Si.',
  'S.Sos.',
  'M.Sos.',
  'S.IP.',
  'S.STP.',
  'S.ST.',
  'S.Tr.',
  'S.Pd.',
  'M.Pd.',
  'S.Pd.I.',
  'M.Pd.I.',
  'S.Pd.SD.',
  'Gr.',
  'S.Kom.',
  'M.Kom.',
  'S.I.Kom.',
  'M.I.Kom.',
  'S.T.',
  'M.T.',
  'S.K.M.',
  'M.K.M.',
  'M.Kes.',
  'M.A.P.',
  'S.AP.',
  'S.A.N.',
  'M.Sc.',
  'M.A.',
  'M.Eng.',
  'M.Ed.',
  'M.Hum.',
  'S.S.',
  'S.Sn.',
  'S.Ag.',
  'M.Ag.',
  'S.Th.',
  'S.Sy.',
  'MBA',
  'MPH',
  'Ph.D.',
  'Ak.',
  'CA',
  'CPA',
  'IPU',
  'IPM',
  'IPP',
  'ASEAN Eng.',
  'A.Md.',
  'A.M.K.',
  'S.Kep.',
  'M.Kep.',
  'Ns.',
  'S.Farm.',
  'Apt.',
  'S.Ked.',
  'S.Gz.',
  'S.Psi.',
  'M.Psi.',
  'M.Ak.',
  'S.Ak.',
  'S.Hut.',
  'S.P.',
  'M.P.',
  'S.Pt.',
  'S.Par.',
  'S.Pi.',
  'S.Stat.',
  'S.Ds.',
  'S.Kel.',
  'M.Kn.',
  'M.Acc.',
];

const titleKey = (text: string): string => text.replace(/[.\s]/g, '').toUpperCase();

const BACK_BY_KEY: ReadonlyMap<string, string> = new Map(
  BACK_TITLES.map((title) => [titleKey(title), title]),
);

// Fast path: a token already spelled canonically ('S.H.', 'M.Si.') is most of a roster's back
// titles; it maps to itself unless another title shares its key (then the key lookup decides).
const BACK_EXACT: ReadonlyMap<string, string> = new Map(
  BACK_TITLES.filter((title) => BACK_BY_KEY.get(titleKey(title)) === title).map((title) => [title, title]),
);

/** Canonical spelling of one back title, or null when it is not a known title. */
function canonicalBackTitle(token: string): string | null {
  const exact = BACK_EXACT.get(token);
  if (exact !== undefined) return exact;
  const known = BACK_BY_KEY.get(titleKey(token));
  if (known !== undefined) return known;
  // Specialists: 'Sp.PD', 'SpOG', 'Sp.An', 'SP.THT-KL'; the dot or a capital keeps 'Spesialis' out.
  const specialist = /^S[Pp](?:\.\s?|\s|(?=[A-Z]))([A-Za-z][A-Za-z-]{0,7})\.?$/.exec(token);
  if (specialist?.[1] !== undefined) return `Sp.${specialist[1]}`;
  const diploma = /^A\.?\s?Md\.?\s?([A-Za-z]{2,6})\.?$/i.exec(token);
  const field = diploma?.[1];
  if (field === undefined) return null;
  const shouting = token === token.toUpperCase();
  return `A.Md.${shouting ? `${field.slice(0, 1)}${field.slice(1).toLowerCase()}` : field}.`;
}

/** Splits one comma-separated piece of the back part into titles: 'S.H. M.H.', 'ASEAN Eng.', 'M. Si'. */
function backTitlesOf(piece: string): string[] {
  const tokens = piece.split(' ').filter((token) => token !== '');
  const titles: string[] = [];
  let unknown: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    let taken = 0;
    for (let width = Math.min(3, tokens.length - i); width >= 1 && taken === 0; width--) {
      const title = canonicalBackTitle(tokens.slice(i, i + width).join(' '));
      if (title !== null) {
        if (unknown.length > 0) titles.push(unknown.join(' '));
        unknown = [];
        titles.push(title);
        taken = width;
      }
    }
    if (taken === 0) {
      unknown.push(tokens[i] ?? '');
      taken = 1;
    }
    i += taken;
  }
  if (unknown.length > 0) titles.push(unknown.join(' '));
  return titles;
}

const SEPARATOR = /[\s,;]/;

/** True when the code unit at `index` matches /[\s,;]/; ASCII is decided without the regex. */
function isSeparatorAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code === 32 || code === 44 || code === 59 || (code >= 9 && code <= 13)) return true;
  if (code < 128) return false;
  return SEPARATOR.test(text[index] ?? '');
}

/** Drops trailing whitespace, commas and semicolons (a loop: a regex like /[\s,;]+$/ is quadratic). */
function trimSeparators(text: string): string {
  let end = text.length;
  while (end > 0 && isSeparatorAt(text, end - 1)) end--;
  return end === text.length ? text : text.slice(0, end);
}

const LONG_WORD_WITH_DOT = /^\p{L}{4,}\.$/u;

/** Trailing separators left over once back titles are gone; a dot after an initial ('Ridwan M.') stays. */
function trimName(name: string): string {
  const out = trimSeparators(name);
  // Only a last word ending in a dot can lose it; most names end in a letter.
  if (!out.endsWith('.')) return out;
  const lastWord = out.slice(out.lastIndexOf(' ') + 1);
  // Short words keep their dot: 'Abd.', 'Muh.', 'Hs.' are abbreviations, not separators.
  if (LONG_WORD_WITH_DOT.test(lastWord)) return trimSeparators(out.slice(0, -1));
  return out;
}

// Whitespace that /\s+/ -> ' ' would change: any whitespace but a space, or two in a row.
const MESSY_SPACE = /[^\S ]| {2}/;
const LETTER_FIRST = /^\p{L}/u;

/** Splits the back part (after the first comma) into titles; ',', ';' and '..' separate pieces. */
function backTitles(back: string): string[] {
  const text = back.includes('..') ? back.replace(/\.{2,}/g, '.,') : back;
  const titles: string[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = text.charCodeAt(i);
    if (i < text.length && code !== 44 && code !== 59) continue;
    const piece = text.slice(start, i).trim();
    start = i + 1;
    if (piece === '') continue;
    // Fast path: a piece without a space is one token, so it is one title or one unknown word.
    if (!piece.includes(' ')) titles.push(canonicalBackTitle(piece) ?? piece);
    else titles.push(...backTitlesOf(piece));
  }
  return titles;
}

/** Splits a printed name into the bare name, front titles and back titles (after the first comma). */
export function parseName(raw: string): PersonName {
  const trimmed = raw.trim();
  // Most names are already single-spaced; skip the replace (and its copy) for them.
  const text = MESSY_SPACE.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
  const comma = text.indexOf(',');
  let front = comma < 0 ? text : text.slice(0, comma).trim();
  const back = comma < 0 ? '' : text.slice(comma + 1);

  const titlesBefore: string[] = [];
  let stripped = true;
  while (stripped) {
    stripped = false;
    for (const [pattern, canonical] of FRONT_BY_CHAR[front.charCodeAt(0)] ?? []) {
      const found = pattern.exec(front);
      if (found === null) continue;
      const rest = front.slice(found[0].length);
      // A title must leave a name behind: 'H.' alone or 'Dr.' alone is kept as written.
      if (!LETTER_FIRST.test(rest)) continue;
      titlesBefore.push(canonical(found[0]));
      front = rest;
      stripped = true;
      break;
    }
  }

  const titlesAfter = back === '' ? [] : backTitles(back);
  return { name: trimName(front), titlesBefore, titlesAfter, raw: trimmed };
}

/** A key for comparing names across sources: uppercase letters and digits, single spaces. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['’‘`.\-‐‑–]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .toUpperCase();
}

const FEMALE_TITLES = new Set(['Hj.', 'Dra.']);
const MALE_TITLES = new Set(['H.', 'Drs.', 'K.H.']);

/** Sex implied by front titles: 'F' for Hj./Dra., 'M' for H./Drs./K.H.; null when none or conflicting. */
export function sexFromTitles(titlesBefore: readonly string[]): 'M' | 'F' | null {
  let female = false;
  let male = false;
  for (const title of titlesBefore) {
    const canonical = parseName(`${title} X`).titlesBefore[0] ?? title.trim();
    female ||= FEMALE_TITLES.has(canonical);
    male ||= MALE_TITLES.has(canonical);
  }
  if (female === male) return null;
  return female ? 'F' : 'M';
}
