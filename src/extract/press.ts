import { findDates } from '../domain/date.js';
import { findSkNumber, parseSkNumber, type SkNumber } from '../domain/sk-number.js';
import type { Claim, Decree } from '../model.js';
import type { InputFile } from '../sources/input.js';
import { readText } from '../sources/text.js';
import type { ExtractedDocument, Note } from './document.js';
import { readPressClaims } from './press-claims.js';
import { isNoise, plainMarkdown, startsBlock, withoutCredits } from './press-noise.js';

/** An SK number cited in prose, with the date the text gives it (`tertanggal 20 Oktober 2025`). */
export interface CitedNumber {
  number: SkNumber;
  date: string | null;
}

/** Paragraphs of article text: plain-text lines joined up to a blank line, noise lines dropped. */
export function paragraphs(lines: readonly string[], html: boolean): string[] {
  const out: string[] = [];
  let current: string[] = [];
  const flush = () => {
    const text = withoutCredits(current.join(' '));
    if (text !== '') out.push(text);
    current = [];
  };
  for (const line of lines) {
    // A Markdown table row: each cell is a text of its own.
    if (!html && /^\s*\|/.test(line)) {
      flush();
      for (const cell of line.split('|')) {
        current.push(plainMarkdown(cell));
        flush();
      }
      continue;
    }
    if (line === '' || html || startsBlock(line)) flush();
    if (line === '' || isNoise(line)) continue;
    current.push(html ? line : plainMarkdown(line));
    if (html) flush();
  }
  flush();
  return out;
}

// `SK 800.1.3.3/03-02/BKD/2026` without a `Nomor`: a classification code and at least two more segments.
const BARE_NUMBER =
  /(?<![\p{L}\p{N}./])\d{3}(?:\.\d{1,4})*\s?\/\s?[\p{L}\p{N}.\-\u2010-\u2015]*(?:\s?\/\s?[\p{L}\p{N}.\-\u2010-\u2015]+)+/gu;
const DATE_TIE =
  /^\s*,?\s*(?:yang\s+)?(?:di)?(?:tetapkan|terbitkan|tandatangani)?\s*(?:pada\s+)?(?:tertanggal|tanggal|tgl\.?)?\s*:?\s*$/iu;

/** Every SK number in a text, in order, each with its date when the words right after it give one. */
export function citedNumbers(text: string): CitedNumber[] {
  const spans: { raw: string; start: number; end: number }[] = [];
  for (let from = 0; from < text.length; ) {
    const found = findSkNumber(text.slice(from));
    if (!found) break;
    spans.push({ raw: found.raw, start: from + found.start, end: from + found.end });
    from += found.end;
  }
  for (const m of text.matchAll(BARE_NUMBER)) {
    const end = m.index + m[0].replace(/[.\-/\s]+$/u, '').length;
    if (spans.some((span) => m.index < span.end && end > span.start)) continue;
    const number = parseSkNumber(text.slice(m.index, end));
    if (number.year !== null && number.segments.length >= 3)
      spans.push({ raw: text.slice(m.index, end), start: m.index, end });
  }
  spans.sort((a, b) => a.start - b.start);
  return spans.map((span) => {
    const after = text.slice(span.end, span.end + 80);
    const date = findDates(after)[0];
    const tied =
      date !== undefined &&
      DATE_TIE.test(after.slice(0, date.start)) &&
      /\p{L}/u.test(after.slice(0, date.start));
    return { number: parseSkNumber(span.raw), date: tied && date ? date.iso : null };
  });
}

function decreeOf(cited: CitedNumber | undefined): Decree | null {
  if (!cited) return null;
  return {
    number: cited.number.normalized,
    numberRaw: cited.number.raw,
    date: cited.date,
    place: null,
    issuer: null,
    subject: null,
    signatory: null,
  };
}

/** Claims of the whole text; a later total with no parts that repeats one already read adds nothing. */
function pressClaims(texts: readonly string[]): Claim[] {
  const claims: Claim[] = [];
  for (const text of texts) {
    for (const claim of readPressClaims(text)) {
      const same = claims.find((known) => known.total === claim.total);
      if (same && claim.parts.length === 0) continue;
      if (same && same.parts.length === 0) claims.splice(claims.indexOf(same), 1);
      claims.push(claim);
    }
  }
  return claims;
}

/** Reads a press release or news page: the SK numbers it cites and the totals it claims. */
export async function extractPress(input: InputFile): Promise<ExtractedDocument> {
  const content = await readText(input);
  const texts = paragraphs(content.lines, content.html);
  const cited = citedNumbers(texts.join('\n'));
  const notes: Note[] = [];
  if (content.invalidBytes)
    notes.push({ code: 'encoding-invalid', message: 'the text holds bytes that are not valid utf-8' });
  const first = cited[0];
  return {
    source: input.source,
    kind: 'text',
    decree: decreeOf(first),
    skNumber: first?.number ?? null,
    claims: pressClaims(texts),
    records: [],
    notes,
  };
}
