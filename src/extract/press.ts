import { findDates } from '../domain/date.js';
import { findSkNumber, fitsSkNumber, parseSkNumber, type SkNumber } from '../domain/sk-number.js';
import { say } from '../i18n/said.js';
import type { Decree } from '../model.js';
import type { InputFile } from '../sources/input.js';
import { readText } from '../sources/text.js';
import type { ExtractedDocument, Note } from './document.js';
import { readArticle } from './press-article.js';
import { isNoise, plainMarkdown, startsBlock, withoutCredits } from './press-noise.js';

/** An SK number cited in prose, with the date the text gives it (`tertanggal 20 Oktober 2025`). */
export interface CitedNumber {
  number: SkNumber;
  date: string | null;
  /** The words before it name a decree (`Keputusan Gubernur`, `SK Wali Kota`), not a circular or a regulation. */
  decree: boolean;
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

// The last kind of document named before a number: a decree, or a circular, regulation, technical approval, letter.
const DOCUMENT_WORD =
  /(?<!\p{L})(?:(keputusan|sk|kepgub|kepbup|kepwal|skep)|(edaran|se|peraturan|perda|perbup|perwali|pergub|pertimbangan\s+teknis|pertek|nota|undang-undang|surat(?!\s+keputusan)))(?!\p{L})/giu;

function namesDecree(before: string): boolean {
  const last = [...before.matchAll(DOCUMENT_WORD)].at(-1);
  return last?.[1] !== undefined;
}

/** Every SK number in a text, in order, each with its date when the words right after it give one. */
export function citedNumbers(text: string): CitedNumber[] {
  const spans: { raw: string; start: number; end: number }[] = [];
  for (let from = 0; from < text.length; ) {
    const found = findSkNumber(text.slice(from));
    if (!found) break;
    if (fitsSkNumber(found.raw))
      spans.push({ raw: found.raw, start: from + found.start, end: from + found.end });
    from += found.end;
  }
  for (const m of text.matchAll(BARE_NUMBER)) {
    const end = m.index + m[0].replace(/[.\-/\s]+$/u, '').length;
    if (spans.some((span) => m.index < span.end && end > span.start)) continue;
    const raw = text.slice(m.index, end);
    const number = parseSkNumber(raw);
    if (number.year !== null && number.segments.length >= 3 && fitsSkNumber(raw))
      spans.push({ raw, start: m.index, end });
  }
  spans.sort((a, b) => a.start - b.start);
  return spans.map((span) => {
    const after = text.slice(span.end, span.end + 80);
    const date = findDates(after)[0];
    const tied =
      date !== undefined &&
      DATE_TIE.test(after.slice(0, date.start)) &&
      /\p{L}/u.test(after.slice(0, date.start));
    const decree = namesDecree(text.slice(Math.max(0, span.start - 120), span.start));
    return { number: parseSkNumber(span.raw), date: tied && date ? date.iso : null, decree };
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

/** Reads a press release or news page: the SK numbers it cites and the totals it claims. */
export async function extractPress(input: InputFile): Promise<ExtractedDocument> {
  const content = await readText(input);
  const texts = paragraphs(content.lines, content.html);
  const cited = citedNumbers(texts.join('\n'));
  const notes: Note[] = [];
  if (content.invalidBytes)
    notes.push({ code: 'encoding-invalid', ...say('encoding-invalid/text', { encoding: content.encoding }) });
  // The decree a text is about; a circular or a technical approval cited before it is not.
  const first = cited.find((one) => one.decree) ?? cited[0];
  return {
    source: input.source,
    kind: 'text',
    decree: decreeOf(first),
    skNumber: first?.number ?? null,
    claims: readArticle(texts),
    records: [],
    notes,
  };
}
