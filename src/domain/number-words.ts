const UNITS = ['', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'] as const;
const UNIT_VALUE = new Map<string, number>(UNITS.slice(1).map((word, i) => [word, i + 1]));
const SCALES = [
  { word: 'triliun', value: 1e12 },
  { word: 'miliar', value: 1e9 },
  { word: 'juta', value: 1e6 },
  { word: 'ribu', value: 1e3 },
] as const;
const SCALE_VALUE = new Map<string, number>([
  ...SCALES.map((s) => [s.word, s.value] as const),
  ['milyar', 1e9],
]);
const MULTIPLIERS = new Set(['belas', 'puluh', 'ratus']);
const MAX = 999_999_999_999_999;

function below1000(n: number): string[] {
  const words: string[] = [];
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds === 1) words.push('seratus');
  else if (hundreds > 1) words.push(UNITS[hundreds] ?? '', 'ratus');
  if (rest === 10) words.push('sepuluh');
  else if (rest === 11) words.push('sebelas');
  else if (rest > 11 && rest < 20) words.push(UNITS[rest - 10] ?? '', 'belas');
  else {
    if (rest >= 20) words.push(UNITS[Math.floor(rest / 10)] ?? '', 'puluh');
    if (rest % 10 > 0) words.push(UNITS[rest % 10] ?? '');
  }
  return words;
}

/** Indonesian words for a whole number 0 .. 999 triliun (`seribu`, `satu juta`); '' for anything else. */
export function numberToWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > MAX) return '';
  if (n === 0) return 'nol';
  const words: string[] = [];
  let rest = n;
  for (const scale of SCALES) {
    const group = Math.floor(rest / scale.value);
    rest %= scale.value;
    if (group === 0) continue;
    if (group === 1 && scale.word === 'ribu') words.push('seribu');
    else words.push(...below1000(group), scale.word);
  }
  words.push(...below1000(rest));
  return words.join(' ');
}

// `seratus`, `seribu`, `sejuta`, `semiliar`: the `se-` prefix means one of the word that follows.
function splitSe(word: string): string[] {
  if (word === 'sepuluh') return ['satu', 'puluh'];
  if (word === 'sebelas') return ['satu', 'belas'];
  const base = word.startsWith('se') ? word.slice(2) : '';
  return MULTIPLIERS.has(base) || SCALE_VALUE.has(base) ? ['satu', base] : [word];
}

function tokenize(text: string): string[] | null {
  const words = text
    .toLowerCase()
    .split(/[\s\-\u2010-\u2015]+/)
    .filter((w) => w !== '');
  const tokens: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const next = words[i + 1];
    // `se-ratus`, `se ribu`: a detached prefix.
    if (word === 'se' && next !== undefined && splitSe(`se${next}`).length === 2) {
      tokens.push(...splitSe(`se${next}`));
      i++;
    } else tokens.push(...splitSe(word));
  }
  return tokens.length > 0 ? tokens : null;
}

interface Step {
  value: number;
  next: number;
}

// One group 1..999: [unit ratus] [unit puluh [unit] | unit belas | unit].
function parseGroup(tokens: readonly string[], start: number): Step | null {
  let i = start;
  let value = 0;
  const unitAt = (k: number) => UNIT_VALUE.get(tokens[k] ?? '');
  const h = unitAt(i);
  if (h !== undefined && tokens[i + 1] === 'ratus') {
    value += h * 100;
    i += 2;
  }
  const t = unitAt(i);
  if (t !== undefined && tokens[i + 1] === 'belas') return { value: value + 10 + t, next: i + 2 };
  if (t !== undefined && tokens[i + 1] === 'puluh') {
    value += t * 10;
    i += 2;
  }
  const u = unitAt(i);
  if (u !== undefined && !MULTIPLIERS.has(tokens[i + 1] ?? '')) {
    value += u;
    i += 1;
  }
  return i > start ? { value, next: i } : null;
}

// Surrounding `(` and a trailing `).,;:` are tolerated; a loop, since `[...]+$` backtracks quadratically.
function stripBrackets(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && /[\s(]/.test(text[start] ?? '')) start++;
  while (end > start && /[\s).,;:]/.test(text[end - 1] ?? '')) end--;
  return text.slice(start, end);
}

/** Reads Indonesian number words (`dua ratus sembilan puluh dua`, `sejuta`, `dua milyar`); null if not exactly that. */
export function wordsToNumber(text: string): number | null {
  const tokens = tokenize(stripBrackets(text));
  if (!tokens) return null;
  if (tokens.length === 1 && tokens[0] === 'nol') return 0;
  let total = 0;
  let lastScale = Number.POSITIVE_INFINITY;
  let i = 0;
  while (i < tokens.length) {
    const group = parseGroup(tokens, i);
    if (!group) return null;
    i = group.next;
    const scale = i < tokens.length ? SCALE_VALUE.get(tokens[i] ?? '') : 1;
    // Scales must strictly decrease: `dua ribu juta` and `ratus dua ratus` are not numbers.
    if (scale === undefined || scale >= lastScale) return null;
    total += group.value * scale;
    lastScale = scale;
    if (scale > 1) i++;
  }
  return total;
}

/** A run of number words found in prose, with its value and its [start, end) offsets. */
export interface NumberWordsMatch {
  value: number;
  start: number;
  end: number;
  text: string;
}

const NUMBER_WORDS = new Set([...UNITS.slice(1), 'nol', 'se', ...MULTIPLIERS, ...SCALE_VALUE.keys()]);

function isNumberWord(word: string): boolean {
  const lower = word.toLowerCase();
  return splitSe(lower).every((w) => NUMBER_WORDS.has(w));
}

/** The longest readable run of number words starting at the first number word at or after `from`. */
export function matchNumberWords(text: string, from = 0): NumberWordsMatch | null {
  const wordPattern = /(?<![\p{L}\p{N}])\p{L}+(?![\p{L}\p{N}])/gu;
  wordPattern.lastIndex = Math.max(0, Math.floor(from) || 0);
  const words: { start: number; end: number }[] = [];
  for (let m = wordPattern.exec(text); m; m = wordPattern.exec(text)) {
    const word = { start: m.index, end: m.index + m[0].length };
    const previous = words[words.length - 1];
    const joined =
      previous !== undefined && /^[\s\-\u2010-\u2015]+$/.test(text.slice(previous.end, word.start));
    if (isNumberWord(m[0]) && (words.length === 0 || joined)) {
      words.push(word);
      continue;
    }
    const found = longestReadable(text, words);
    if (found) return found;
    words.length = 0;
    if (isNumberWord(m[0])) words.push(word);
  }
  return longestReadable(text, words);
}

// 999 triliun ... spelled out is 29 words; detached `se ratus` forms add a few.
const MAX_NUMBER_WORDS = 48;

// A run may open with a word that cannot start a number (`ratus dua`): try later starts too.
function longestReadable(
  text: string,
  words: readonly { start: number; end: number }[],
): NumberWordsMatch | null {
  for (let s = 0; s < words.length; s++) {
    const start = words[s]?.start ?? 0;
    for (let e = Math.min(words.length, s + MAX_NUMBER_WORDS) - 1; e >= s; e--) {
      const end = words[e]?.end ?? start;
      const value = wordsToNumber(text.slice(start, end));
      if (value !== null) return { value, start, end, text: text.slice(start, end) };
    }
  }
  return null;
}

/** Reads a legal pair at the start of text, `292 (dua ratus sembilan puluh dua)`; null without leading digits. */
export function readAmount(
  text: string,
): { digits: number | null; words: number | null; wordsText: string | null } | null {
  const m = /^\s*(\d{1,3}(?:\.\d{3})+|\d+)(?![.,]?\d)/.exec(text);
  if (!m?.[1]) return null;
  const plain = m[1].replace(/\./g, '');
  const digits = plain.length <= 15 ? Number(plain) : null;
  const rest = text.slice(m[0].length);
  const open = /^\s*\(/.exec(rest);
  if (!open) return { digits, words: null, wordsText: null };
  const inner = rest.slice(open[0].length);
  const close = inner.indexOf(')');
  const wordsText = (close < 0 ? inner : inner.slice(0, close)).trim();
  return { digits, words: wordsToNumber(wordsText), wordsText };
}
