import type { PdfPage } from './page.js';

/**
 * Whether a page's text layer is text. A scanner that adds its own poor OCR layer gives pages that
 * "have text" (`TIM KER.'A`, `WII,AYAH`, a lampiran of symbols): read as they are, they give no
 * number, no claim and no appointee, and the decree passes as empty. Each token is judged by its
 * shape alone (a word, a number, a NIP's part, a grade, a date, an SK number, an abbreviation),
 * so the score needs no dictionary and a real decree's own layer scores near 1.
 */

/**
 * A page with fewer judged tokens than this is never called unusable: a page number, a lone
 * `LAMPIRAN`, a signature page's few words say too little to judge, and a blank-ish page is no
 * sign of a scanner's OCR.
 */
export const MIN_JUDGED_TOKENS = 12;

/**
 * The share of judged tokens that must look like text for a page to count as readable. Real
 * decrees' own layers score above 0.9 (every fixture PDF, `test/pdf/text-quality.test.ts`); a
 * scanner's soup of quote marks, bars and letters-for-digits falls well under a half.
 */
export const MIN_TEXT_SHARE = 0.6;

/** How one page's text layer scored. */
export interface TextQuality {
  /** Tokens judged (punctuation-only tokens and short ambiguous ones are not). */
  judged: number;
  /** Judged tokens that look like text. */
  good: number;
  /** `good / judged`, 1 when nothing was judged. */
  share: number;
  /** False when the page holds enough tokens and too few of them look like text. */
  usable: boolean;
}

/** Edge punctuation a real word carries in running text: brackets, quotes, sentence marks. */
const EDGES = /^[([{"“‘'«]+|[)\]}"”’'».,;:!?]+$/gu;
const PUNCTUATION_ONLY = /^[\p{P}\p{S}]+$/u;

/** Shapes of text tokens, each in the form a decree prints it. */
const TEXT_SHAPES: readonly RegExp[] = [
  // A word with a vowel (Indonesian has no vowelless words), hyphenated or with an inner apostrophe
  // (`Undang-Undang`, `Jum'at`).
  /^(?=.*[aiueoAIUEOéÉ])\p{L}{1,24}(?:[-'’]\p{L}{1,24})*$/u,
  // An abbreviation or acronym: `BKD`, `NIP`, `Tk`, `S.Pd`, `a.n`, `Drs`.
  /^\p{Lu}{1,6}$|^(?:\p{L}{1,5}\.)+\p{L}{0,5}$/u,
  // A number, a NIP and its printed parts, a money sum: `19700512`, `002`, `1.250.000,00`.
  /^\d+(?:[.,]\d+)*$/,
  // A grade or echelon: `III/a`, `IV.b`, `IIIa`, `II`.
  /^[IVX]{1,4}(?:[/.-]?[a-eA-E])?$/,
  // A date, an SK number, a code: digits and letters between `/`, `.`, `-` (`6/2/2026`,
  // `800.1.3.3/03-02/BKD/2026`, `Kep.411`, `dan/atau`).
  /^[\p{L}\p{N}]+(?:[./-][\p{L}\p{N}]+)+$/u,
];

/** What counts as neither: a short token mixing letters and digits (`3a`, `1b`), a lone sign. */
const AMBIGUOUS = /^[\p{L}\p{N}]{1,2}$/u;

/** Scores a page's text layer; see `MIN_TEXT_SHARE` and `MIN_JUDGED_TOKENS`. */
export function textQuality(page: PdfPage): TextQuality {
  let judged = 0;
  let good = 0;
  for (const item of page.items) {
    for (const raw of item.text.split(/\s+/)) {
      if (raw === '' || PUNCTUATION_ONLY.test(raw)) continue;
      const token = raw.replace(EDGES, '');
      if (token === '') continue;
      if (TEXT_SHAPES.some((shape) => shape.test(token))) {
        judged++;
        good++;
      } else if (!AMBIGUOUS.test(token)) {
        judged++;
      }
    }
  }
  const share = judged === 0 ? 1 : good / judged;
  return { judged, good, share, usable: judged < MIN_JUDGED_TOKENS || share >= MIN_TEXT_SHARE };
}

/** Whether a page's text layer can be read as text (a page with no items is not judged here). */
export function hasUsableText(page: PdfPage): boolean {
  return textQuality(page).usable;
}
