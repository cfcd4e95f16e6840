/**
 * The numeral of a lampiran, as decrees number them: `LAMPIRAN II`, `Lampiran 2`, `Lampiran ke-2`.
 * Kept as an upper-case Roman numeral (`II`), the form the headings print, so that a dictum's
 * `Lampiran 2` and a heading's `LAMPIRAN II` name the same lampiran.
 */
const ROMAN: readonly [string, number][] = [
  ['XL', 40],
  ['X', 10],
  ['IX', 9],
  ['V', 5],
  ['IV', 4],
  ['I', 1],
];

/** Lampiran are few: a numeral past this is a misread, not a lampiran. */
const MAX_ATTACHMENTS = 39;

function toRoman(value: number): string {
  let rest = value;
  let out = '';
  for (const [letters, worth] of ROMAN)
    while (rest >= worth) {
      out += letters;
      rest -= worth;
    }
  return out;
}

function fromRoman(text: string): number | null {
  let value = 0;
  let at = 0;
  for (const [letters, worth] of ROMAN)
    while (text.startsWith(letters, at)) {
      value += worth;
      at += letters.length;
    }
  // `IIII`, `VV`: not how a lampiran is numbered; the round trip rejects them.
  return at === text.length && value > 0 && toRoman(value) === text ? value : null;
}

/** `II`, `2`, `02` -> `II`; null for anything that is no lampiran numeral. */
export function attachmentNumeral(text: string): string | null {
  const value = /^\d{1,2}$/.test(text) ? Number(text) : fromRoman(text);
  return value !== null && value >= 1 && value <= MAX_ATTACHMENTS ? toRoman(value) : null;
}

const WORD = '(?:LAMPIRAN|Lampiran|lampiran)';
const NUMERAL = '(?:ke-?\\s*)?([IVX]{1,6}|\\d{1,2})(?![\\p{L}\\p{N}])';
const MENTION = new RegExp(`(?<!\\p{L})${WORD}\\s+${NUMERAL}`, 'gu');
/** A second numeral right after the first: `Lampiran I sampai dengan Lampiran VI`, `Lampiran I dan II`. */
const MORE = new RegExp(
  `^\\s*(?:sampai\\s+dengan|s\\.\\s?d\\.?|s/d|hingga|dan|serta|,|[-–])\\s*(?:${WORD}\\s+)?(?:[IVX]{1,6}|\\d{1,2})(?![\\p{L}\\p{N}])`,
  'iu',
);

/** Whether another numeral follows a lampiran's: a range or a list, not one lampiran. */
export function namesMore(after: string): boolean {
  return MORE.test(after);
}

/**
 * The one lampiran a text names (`sebagaimana tercantum dalam Lampiran II`), normalized; null when
 * it names none, several, or a range (`Lampiran I sampai dengan Lampiran VI`).
 */
export function attachmentReference(text: string): string | null {
  const found = new Set<string>();
  for (const m of text.matchAll(MENTION)) {
    if (namesMore(text.slice(m.index + m[0].length))) return null;
    const numeral = attachmentNumeral(m[1] ?? '');
    if (numeral !== null) found.add(numeral);
  }
  return found.size === 1 ? ([...found][0] as string) : null;
}

/**
 * A reference that follows a count: `sebagaimana tercantum dalam Lampiran I Keputusan ini`, `yang
 * namanya tercantum pada LAMPIRAN II`, `sebagaimana dimaksud dalam Lampiran 3`, `sesuai Lampiran
 * IV`, `(Lampiran V)`.
 */
export const REFERENCE_AFTER = new RegExp(
  `^[\\s,]*\\(?(?:(?:(?:yang\\s+)?(?:nama-?namanya\\s+|namanya\\s+)?(?:sebagaimana\\s+)?(?:tercantum|termuat|tertera|tersebut|dimaksud|dimuat|terlampir)\\s+(?:dalam|pada|di)|sesuai(?:\\s+dengan)?|pada|dalam)\\s+)?${WORD}\\s+${NUMERAL}(?:\\s+(?:Keputusan|KEPUTUSAN)\\s+(?:ini|INI))?\\)?`,
  'u',
);

/** Where the words of a part end after its reference: `... Lampiran I yang merupakan bagian ...;`. */
export const PART_TAIL_END = /;|\.(?=\s|$)|\s[a-z][.)]\s/u;

/** A label that starts by naming its lampiran: `Lampiran I sebanyak`, `untuk Lampiran 2`. */
export const ATTACHMENT_FIRST = new RegExp(`^(?:untuk\\s+|pada\\s+)?${WORD}\\s+${NUMERAL}`, 'u');
