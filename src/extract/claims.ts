import {
  ATTACHMENT_FIRST,
  attachmentNumeral,
  attachmentReference,
  namesMore,
  PART_TAIL_END,
  REFERENCE_AFTER,
} from '../domain/attachment-numeral.js';
import { levelFromText } from '../domain/echelon.js';
import { matchNumberWords, readAmount } from '../domain/number-words.js';
import type { Claim, ClaimPart } from '../model.js';
import { cleanLines, dictumLabel, joinLines, type TextLine } from './text-lines.js';

/** A legal pair `N (words)` as printed: `words` null when the words are not a readable number. */
export interface AmountRead {
  digits: number;
  words: number | null;
  wordsText: string | null;
  text: string;
  page: number;
}

/** Claims (total and parts) and every legal pair read from a decree's dicta. */
export interface ClaimsRead {
  claims: Claim[];
  amounts: AmountRead[];
}

interface Pair extends AmountRead {
  start: number;
  end: number;
}

interface Dictum {
  text: string;
  pageAt(offset: number): number | undefined;
}

const MEMUTUSKAN = /^M\s?E\s?M\s?U\s?T\s?U\s?S\s?K\s?A\s?N\s*:?$/iu;
const BODY_END = /^(?:ditetapkan\s+di|tembusan)(?!\p{L})/iu;

/** The dicta after MEMUTUSKAN up to `Ditetapkan di`, each joined into one text; the whole region if none. */
function readDicta(lines: readonly TextLine[]): Dictum[] {
  const clean = cleanLines(lines);
  const decided = clean.findIndex((line) => MEMUTUSKAN.test(line.text));
  const from = decided + 1;
  const stop = clean.findIndex((line, i) => i >= from && BODY_END.test(line.text));
  const region = clean.slice(from, stop < 0 ? clean.length : stop);
  const starts = region.flatMap((line, i) => (dictumLabel(line.text) === null ? [] : [i]));
  if (starts.length === 0) return region.length === 0 ? [] : [joinLines(region)];
  return starts.map((start, k) => {
    const [first, ...rest] = region.slice(start, starts[k + 1] ?? region.length);
    const label = dictumLabel(first?.text ?? '') ?? '';
    const head = { page: first?.page ?? 0, text: (first?.text ?? '').slice(label.length) };
    const joined = joinLines([head, ...rest]);
    // A split layout leaves the colon on its own line: `KESATU`, `:`, `Mengangkat ...`.
    const lead = /^[\s:]*/.exec(joined.text)?.[0].length ?? 0;
    return { text: joined.text.slice(lead), pageAt: (offset: number) => joined.pageAt(offset + lead) };
  });
}

const DIGITS = /(?<![\p{L}\p{N}.,/-])(\d{1,3}(?:\.\d{3})+|\d+)\s*\(/gu;
const NOT_AN_AMOUNT = /(?:nomor|no\.|tahun|pasal|ayat|rp\.?)\s*$/iu;

/** Every `N (words)` pair; pairs whose brackets hold no number word (`2014 (Lembaran Negara ...)`) are skipped. */
function readPairs(dictum: Dictum): Pair[] {
  const { text } = dictum;
  const pairs: Pair[] = [];
  for (const m of text.matchAll(DIGITS)) {
    if (NOT_AN_AMOUNT.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const open = m.index + m[0].length;
    const near = text.slice(open, open + 121).indexOf(')');
    const close = near < 0 ? -1 : open + near;
    let end = close + 1;
    if (close < 0) {
      // An unclosed bracket: the words are the number-word run right after it.
      const run = matchNumberWords(text.slice(open, open + 200));
      if (!run || text.slice(open, open + run.start).trim() !== '') continue;
      end = open + run.end;
    }
    const slice = text.slice(m.index, end);
    const amount = readAmount(slice);
    if (!amount || amount.digits === null || amount.wordsText === null) continue;
    if (amount.words === null && matchNumberWords(amount.wordsText) === null) continue;
    const page = dictum.pageAt(m.index) ?? 1;
    pairs.push({ ...amount, digits: amount.digits, text: slice, page, start: m.index, end });
  }
  return pairs;
}

const PEOPLE =
  /^\s*,?\s*(?:orang|pejabat|pegawai|PNS|ASN|PPPK|aparatur|personil|personel|jabatan)(?!\p{L})/iu;
/**
 * Who a pair counts, read after it: `12 (dua belas) orang`. A full stop before a lowercase `orang`
 * (`16 (enam belas). orang`) ends no sentence: it is a speck on a scan, read as a stop.
 */
function isPeople(text: string, from: number): boolean {
  return PEOPLE.test(text.slice(from).replace(/^\.(?=\s+orang(?!\p{L}))/u, ''));
}
const NOT_PEOPLE = /^\s*(?:hari|minggu|bulan|tahun|pasal|ayat|lembar|eksemplar|rupiah|persen|%)(?!\p{L})/iu;
const SPLIT =
  /(?<!\p{L})(?:terdiri\s+(?:atas|dari)|dengan\s+(?:rincian|perincian)|rinciannya|yaitu|yakni|meliputi|sebagai\s+berikut)(?!\p{L})/iu;
const PART_END = /;|,|\.(?=\s|$)|\s(?:dan|serta|sebagaimana|yang|terhitung)(?!\p{L})|\s[a-z][.)]\s/u;

const QUALIFIERS: readonly [RegExp, NonNullable<Claim['qualifier']>][] = [
  [/(?:tidak\s+lebih\s+dari|paling\s+banyak|sebanyak-banyaknya|maksimal|maksimum)$/iu, 'at-most'],
  [/(?:sekitar|kurang\s+lebih|lebih\s+kurang|kira-kira|±)$/iu, 'approximately'],
  [/lebih\s+dari$/iu, 'more-than'],
  [/(?:sedikitnya|paling\s+sedikit|sekurang-kurangnya|minimal|minimum)$/iu, 'at-least'],
];

function qualifierBefore(text: string): Claim['qualifier'] {
  const before = text.replace(/(?:\s+(?:sebanyak|berjumlah|sejumlah))?\s*$/iu, '');
  return QUALIFIERS.find(([re]) => re.test(before))?.[1];
}

function cleanBefore(text: string): string {
  let out = text;
  for (let previous = ''; previous !== out; ) {
    previous = out;
    out = out
      .replace(/^[\s;,.:\-–•*]+/u, '')
      .replace(/^(?:dan|serta)\s+/iu, '')
      .replace(/^(?:[a-z]|\d{1,2}|[ivx]{1,4})[.)]\s*/iu, '')
      .replace(/\s*(?:sebanyak|berjumlah|sejumlah|yaitu|yakni|adalah|sebesar)?[\s:=,\-–]*$/iu, '');
  }
  return out;
}

function cleanAfter(text: string): string {
  return text
    .trim()
    .replace(/^,?\s*orang(?!\p{L})\s*/iu, '')
    .replace(/^(?:dalam|pada|untuk|sebagai|menduduki)\s+/iu, '')
    .replace(/[\s:,.]+$/u, '');
}

/** Where the words that belong to a pair end: the next `;`, `,`, `.`, `dan`, `sebagaimana` or list letter. */
function afterEnd(text: string, pair: Pair, limit: number): number {
  const m = PART_END.exec(text.slice(pair.end, limit));
  return m ? pair.end + m.index : limit;
}

/** How far after a part's lampiran reference its own words may run on. */
const TAIL = 160;

/**
 * The lampiran a part names, and where its words end: a reference after the count (`orang
 * sebagaimana tercantum dalam Lampiran II`), which then belongs to this part and not to the next
 * one's label, else one in the words after the count or at the head of the label (`Lampiran I
 * sebanyak 29 orang`). A range or a list of lampiran names no one of them.
 */
function referenceOf(
  text: string,
  at: { end: number; limit: number; before: string; after: string },
): { attachment: string | null; end: number } {
  const rest = text.slice(at.end, at.limit);
  const m = REFERENCE_AFTER.exec(rest);
  if (m) {
    const single = !namesMore(rest.slice(m[0].length));
    // Words after the reference up to the part's end (`yang merupakan bagian tidak terpisahkan dari
    // Keputusan ini;`) are this part's too, not the next part's label.
    const tail = PART_TAIL_END.exec(rest.slice(m[0].length, m[0].length + TAIL));
    const end = at.end + m[0].length + (tail?.index ?? 0);
    return { attachment: single ? attachmentNumeral(m[1] ?? '') : null, end };
  }
  const inAfter = attachmentReference(at.after);
  if (inAfter !== null) {
    // `orang sesuai Lampiran IV yang merupakan bagian ...;`: the rest of the part is its own too.
    const tail = PART_TAIL_END.exec(rest.slice(0, TAIL));
    return { attachment: inAfter, end: at.end + (tail?.index ?? 0) };
  }
  const head = ATTACHMENT_FIRST.exec(at.before);
  return { attachment: head ? attachmentReference(at.before) : null, end: at.end };
}

/** Each part's label is the text before its pair (`a. Jabatan Administrator sebanyak`) or after it (`orang dalam ...`). */
function readParts(
  text: string,
  partPairs: readonly Pair[],
  from: number,
): { parts: ClaimPart[]; end: number } {
  const parts: ClaimPart[] = [];
  let boundary = from;
  partPairs.forEach((pair, k) => {
    const limit = partPairs[k + 1]?.start ?? text.length;
    const end = afterEnd(text, pair, limit);
    const before = cleanBefore(text.slice(boundary, pair.start));
    const after = cleanAfter(text.slice(pair.end, end));
    const useBefore = before !== '' && (levelFromText(before) !== null || levelFromText(after) === null);
    const label = useBefore || after === '' ? before : after;
    const reference = referenceOf(text, { end, limit, before, after });
    parts.push({
      label,
      level: levelFromText(label) ?? 'unknown',
      count: pair.digits,
      ...(reference.attachment !== null ? { attachment: reference.attachment } : {}),
    });
    boundary = reference.end;
  });
  return { parts, end: boundary };
}

/** A claim's parts: the pairs after a `terdiri atas`/`dengan rincian`/`yaitu`, else later pairs that add up to it. */
function partsOf(text: string, pairs: readonly Pair[], i: number): { partPairs: Pair[]; from: number } {
  const total = pairs[i] as Pair;
  const next = pairs[i + 1];
  const split = SPLIT.exec(text.slice(total.end, next?.start ?? text.length));
  const partPairs: Pair[] = [];
  if (split && next) {
    for (let j = i + 1; j < pairs.length && !NOT_PEOPLE.test(text.slice(pairs[j]?.end ?? 0)); j++) {
      partPairs.push(pairs[j] as Pair);
    }
    return { partPairs, from: total.end + split.index + split[0].length };
  }
  let sum = 0;
  for (let j = i + 1; j < pairs.length && sum < total.digits; j++) {
    const pair = pairs[j] as Pair;
    if (!isPeople(text, pair.end)) break;
    partPairs.push(pair);
    sum += pair.digits;
  }
  const adds = partPairs.length >= 2 && sum === total.digits;
  return { partPairs: adds ? partPairs : [], from: total.end };
}

function claimsOf(dictum: Dictum, pairs: readonly Pair[], totals: Set<number>): Claim[] {
  const { text } = dictum;
  const claims: Claim[] = [];
  let regionStart = 0;
  for (let i = 0; i < pairs.length; ) {
    const total = pairs[i] as Pair;
    if (!isPeople(text, total.end)) {
      i++;
      continue;
    }
    const { partPairs, from } = partsOf(text, pairs, i);
    const read = readParts(text, partPairs, from);
    const limit = pairs[i + 1 + partPairs.length]?.start ?? text.length;
    let end = partPairs.length > 0 ? read.end : afterEnd(text, total, limit);
    const stop = /[;.](?=\s|$)/.exec(text.slice(end, limit));
    if (stop && partPairs.length === 0) end += stop.index + 1;
    else if (/[;.]/.test(text[end] ?? '')) end++;
    const claim: Claim = {
      total: total.digits,
      parts: read.parts,
      text: text.slice(regionStart, end).trim(),
    };
    const qualifier = qualifierBefore(text.slice(Math.max(regionStart, total.start - 40), total.start));
    if (qualifier) claim.qualifier = qualifier;
    if (total.page > 0) claim.page = total.page;
    // `KESATU: ... 29 orang sebagaimana tercantum dalam Lampiran I; KEDUA: ... 12 orang ... Lampiran II`.
    const named = claim.parts.some((part) => part.attachment) ? null : attachmentReference(claim.text);
    if (named !== null) claim.attachment = named;
    // A later total with no parts that repeats one already read (`kepada 292 orang ... diberikan`) adds nothing.
    if (claim.parts.length > 0 || !totals.has(claim.total)) claims.push(claim);
    totals.add(claim.total);
    regionStart = end;
    i += 1 + partPairs.length;
  }
  return claims;
}

/** Reads the claims (`sebanyak 292 (...) orang terdiri atas ...`) and every legal pair in a decree body's dicta. */
export function extractClaims(lines: readonly TextLine[]): ClaimsRead {
  const claims: Claim[] = [];
  const amounts: AmountRead[] = [];
  const totals = new Set<number>();
  for (const dictum of readDicta(lines)) {
    const pairs = readPairs(dictum);
    amounts.push(
      ...pairs.map(({ digits, words, wordsText, text, page }) => ({ digits, words, wordsText, text, page })),
    );
    claims.push(...claimsOf(dictum, pairs, totals));
  }
  return { claims, amounts };
}
