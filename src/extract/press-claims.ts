import { findDates } from '../domain/date.js';
import { inferLevelFromPosition, levelFromText } from '../domain/echelon.js';
import type { Level } from '../domain/level.js';
import { matchNumberWords } from '../domain/number-words.js';
import type { Claim, ClaimPart, SetAsideCount } from '../model.js';
import { type RoleRead, roleOf } from './press-roles.js';
import { qualifierBefore } from './press-sentences.js';

/** A count of people in prose: `292 pejabat`, `tujuh pejabat fungsional`, `200 orang`. */
export interface Count {
  value: number;
  start: number;
  end: number;
  /** Where the words that belong to it end (`pejabat eselon III`). */
  labelEnd: number;
  label: string;
  /** The level its words name, after it or (`untuk jabatan administrator ada tiga orang`) before it. */
  level: Level | null;
  role: RoleRead;
}

const DASH = '\\-\\u2010-\\u2015';
// Digits standing alone: not inside an SK number, a date, a phone number, a decimal or an NIP.
const DIGITS = new RegExp(
  `(?<![\\p{L}\\p{N}.,/:+${DASH}])(\\d{1,3}(?:\\.\\d{3})+|\\d{1,5})(?![\\p{L}\\p{N}]|[.,:/${DASH}]\\p{N})`,
  'gu',
);
// What makes a number something other than a head count.
const NOT_COUNT_BEFORE =
  /(?<!\p{L})(?:nomor|nomer|no\.?|pasal|ayat|tahun|halaman|hal\.|pukul|jam|rp\.?|usd|eselon|esl?\.|golongan|gol\.?|ruang|kelas|lantai|angkatan|periode|tingkat|tk\.?|jilid|gelombang|tahap|ke|nip|rt|rw|km|salah|sesi)\s*$/iu;
// `delapan lainnya adalah pejabat eselon IV A`: the words for who they are may follow a connective.
const PEOPLE_AFTER =
  /^\s*(?:orang\s+)?(?:(?:lainnya|di\s?antaranya|sisanya)\s+)?(?:(?:adalah|merupakan|yaitu|yakni|dari)\s+)?(?:orang|pejabat|penjabat|pegawai|asn|pns|cpns|pppk|aparatur|personel|personil|kepala|camat|lurah|sekretaris|jabatan|formasi|posisi|kursi|lowongan|jpt|eselon|administrator|pengawas|fungsional|pelaksana)(?!\p{L})/iu;
// A head count of guests, witnesses or the public is not one of appointees.
const NOT_APPOINTEES_BEFORE =
  /(?:dihadiri|disaksikan|diikuti|undangan|tamu|warga|peserta|penonton|masyarakat|korban|siswa|pelamar)(?:\s+\p{L}+){0,3}\s*$/iu;
const NOT_APPOINTEES_AFTER =
  /^\s*(?:orang\s+)?(?:\p{L}+\s+)?(?:undangan|tamu|saksi|peserta|warga|rohaniwan|pelamar)(?!\p{L})/iu;
// A part ends at the next list separator; `dan`/`serta` join the last part.
const PART_END =
  /[;,(]|\.(?=\s|$)|\s(?:dan|serta|sedangkan|sementara|yang|untuk|di|pada|dari|ke|berdasarkan|sesuai|oleh)(?!\p{L})/iu;
// Where the words for who they are give way to what happened: `pejabat eselon III | resmi dilantik pagi ini`;
// `dilantik sebagai pejabat pengawas`, `dilantik dalam jabatan fungsional` still say who.
const LABEL_STOP =
  /\s(?:resmi|telah|sudah|akan|masih|belum|karena|kemarin|tersebut|itu|ini|(?:hari|pagi|siang|sore|malam|kali)\s+ini|(?:di|me|men|meng|meny|mem)(?:lantik|angkat|rotasi|mutasi|geser|kukuhkan|ambil|terima|erima|isi|gisi|tempatkan)\p{L}*(?!\s+(?:sebagai|dalam|menjadi)(?!\p{L})))(?!\p{L})/iu;
// Words between a count and its label: `lima orang di antaranya pejabat administrator`, `15 orang dilantik sebagai`.
const LABEL_LEAD =
  /^(?:\s*(?:orang|lainnya|di\s?antaranya|diantaranya|sisanya|merupakan|adalah|yaitu|yakni|sebagai|menjadi|resmi|dilantik|diangkat|menduduki|dari(?=\s+(?:jabatan|eselon|esl?\.|pejabat|kelompok)(?!\p{L})))(?!\p{L}))*/iu;
// `sementara 6 lainnya belum bisa dimutasi`: the rest of a count of people, with no word for them.
const REST_AFTER = /^\s*(?:orang\s+)?(?:lainnya|sisanya)(?!\p{L})/iu;
// `dua di antaranya ..., satu ..., dan delapan lainnya`: a count that is a part, never a total of what follows.
const PART_AFTER = /^\s*(?:orang\s+)?(?:lainnya|sisanya|di\s?antaranya)(?!\p{L})/iu;
const SPLIT =
  /(?<!\p{L})(?:terdiri\s+(?:atas|dari)|dengan\s+(?:rincian|perincian)|rinciannya|yaitu|yakni|meliputi|antara\s+lain|di\s?antaranya|masing-masing|adalah)(?!\p{L})|:/iu;
// `dari total 292`, `jumlah 292`, `dari 292`: the word right before the number.
const TOTAL_BEFORE = /(?<!\p{L})(?:total|jumlah|keseluruhan|dari)\s*(?:sebanyak\s*)?$/iu;
const CLAUSE_BREAK = /(?<!\p{L})(?:sementara|sedangkan|adapun|selain\s+itu)(?!\p{L})/iu;

function overlaps(ranges: readonly [number, number][], start: number, end: number): boolean {
  return ranges.some(([a, b]) => start < b && end > a);
}

/** Every number in a sentence, digits or words; `292 (dua ratus ...)` is one number, `seorang` is one. */
function numbersIn(text: string): { value: number; start: number; end: number }[] {
  const taken: [number, number][] = findDates(text).map((date) => [date.start, date.end]);
  const found: { value: number; start: number; end: number }[] = [];
  for (const m of text.matchAll(DIGITS)) {
    const start = m.index;
    let end = start + m[0].length;
    if (overlaps(taken, start, end)) continue;
    const bracket = /^\s*\(([^)]{1,120})\)/u.exec(text.slice(end));
    if (bracket?.[1] !== undefined && matchNumberWords(bracket[1]) !== null) end += bracket[0].length;
    taken.push([start, end]);
    found.push({ value: Number((m[1] ?? '').replace(/\./g, '')), start, end });
  }
  // `seorang pejabat`: the count ends before `orang`, which then reads as the word for people.
  for (const m of text.matchAll(/(?<!\p{L})se(?=orang(?!\p{L}))/giu))
    found.push({ value: 1, start: m.index, end: m.index + 2 });
  for (let from = 0; ; ) {
    const m = matchNumberWords(text, from);
    if (!m) break;
    from = m.end;
    if (overlaps(taken, m.start, m.end)) continue;
    // `satu-satunya`, `dua-duanya`: not counts.
    if (/^-\p{L}/u.test(text.slice(m.end))) continue;
    found.push({ value: m.value, start: m.start, end: m.end });
  }
  return found.sort((a, b) => a.start - b.start);
}

function cleanLabel(text: string): string {
  return text
    .replace(/^\s*(?:orang)(?!\p{L})\s*/iu, '')
    .replace(/^(?:(?:merupakan|adalah|sebagai|dalam|menduduki|untuk|di)\s+)+/iu, '')
    .replace(/\s+(?:yakni|yaitu|terdiri\s+(?:atas|dari)|meliputi|dengan\s+rincian|masing-masing)$/iu, '')
    .replace(/[\s:,.;]+$/u, '')
    .trim();
}

/** The words before a count back to the previous count's label or a clause mark: `untuk jabatan administrator ada`. */
function wordsBefore(text: string, from: number, start: number): string {
  const before = text.slice(Math.max(from, start - 200), start);
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'));
  return before
    .slice(cut + 1)
    .replace(/^\s*(?:(?:dan|serta)\s+)?/iu, '')
    .replace(new RegExp(`^(?:${SPLIT.source})\\s*`, 'iu'), '')
    .replace(/^(?:[a-z\d]{1,2}[.)]\s+)?(?:(?:untuk|bagi|sedangkan|sementara)\s+)?/iu, '')
    .replace(/\s*(?:(?<!\p{L})(?:ada|sebanyak|berjumlah|sejumlah))?[\s:,]*$/iu, '');
}

/** The head counts of a sentence, each with the words that say who they are, their level and role. */
function countsIn(text: string): Count[] {
  // `eselon 3 A`, `Pasal 5`: numbers that are never counts do not end the label before them.
  const numbers = numbersIn(text).filter((n) => {
    const before = text.slice(Math.max(0, n.start - 60), n.start);
    return !NOT_COUNT_BEFORE.test(before) && !/\p{L}$|[-\u2010-\u2015]$/u.test(before);
  });
  const counts: Count[] = [];
  numbers.forEach((n, k) => {
    const before = text.slice(Math.max(0, n.start - 60), n.start);
    const after = text.slice(n.end);
    const people = PEOPLE_AFTER.test(after) || (counts.length > 0 && REST_AFTER.test(after));
    if (!people || NOT_APPOINTEES_BEFORE.test(before) || NOT_APPOINTEES_AFTER.test(after)) return;
    const limit = numbers[k + 1]?.start ?? text.length;
    const lead = LABEL_LEAD.exec(text.slice(n.end, limit))?.[0].length ?? 0;
    const rest = text.slice(n.end + lead, limit);
    const stops = [PART_END.exec(rest)?.index, SPLIT.exec(rest)?.index, LABEL_STOP.exec(rest)?.index].filter(
      (i) => i !== undefined,
    );
    const labelEnd = n.end + lead + Math.min(rest.length, ...stops);
    const label = cleanLabel(text.slice(n.end + lead, labelEnd));
    const previousEnd = counts.at(-1)?.labelEnd ?? 0;
    const level =
      levelFromText(label) ??
      levelFromText(wordsBefore(text, previousEnd, n.start).slice(-50)) ??
      titleLevel(label);
    counts.push({ ...n, labelEnd, label, level, role: roleOf(text, n.start, n.end) });
  });
  return counts;
}

/** `4 orang camat`, `6 lurah`: a level only a structural title gives (DOMAIN.md section 4); the claim's reason says so. */
export function titleLevel(label: string): Level | null {
  const inferred = inferLevelFromPosition(label);
  return inferred?.reason === 'title' ? inferred.level : null;
}

/** Parts read as `a. ... sebanyak 200 orang`: the level comes from after the number, else from before it, else from a title. */
function partOf(text: string, count: Count, from: number): ClaimPart {
  let level = levelFromText(count.label);
  let label = count.label;
  if (level === null) {
    const before = wordsBefore(text, from, count.start);
    const beforeLevel = levelFromText(before);
    if (beforeLevel !== null) {
      level = beforeLevel;
      label = before;
    }
  }
  return { label, level: level ?? titleLevel(label) ?? 'unknown', count: count.value };
}

/** The counts after `total` that are its parts: after a `yakni`/`terdiri dari`, or that add up to it. */
function partsAfter(text: string, counts: readonly Count[], i: number): Count[] {
  const total = counts[i] as Count;
  const next = counts[i + 1];
  if (!next || PART_AFTER.test(text.slice(total.end))) return [];
  const between = text.slice(total.end, next.start);
  const before = text.slice(Math.max(0, total.start - 30), total.start);
  if (SPLIT.test(between) || TOTAL_BEFORE.test(before)) {
    const parts: Count[] = [];
    let sum = 0;
    // Parts run to a clause break, or until they reach the total: what follows is about something else.
    for (let j = i + 1; j < counts.length && sum < total.value; j++) {
      const part = counts[j] as Count;
      const previous = counts[j - 1] as Count;
      // `..., sedangkan empat lainnya yaitu pejabat fungsional`: the rest still belongs to the breakdown.
      const rest = REST_AFTER.test(text.slice(part.end));
      if (j > i + 1 && !rest && CLAUSE_BREAK.test(text.slice(previous.labelEnd, part.start))) break;
      parts.push(part);
      sum += part.value;
    }
    return parts.length >= 2 ? parts : [];
  }
  const parts: Count[] = [];
  let sum = 0;
  for (let j = i + 1; j < counts.length && sum < total.value; j++) {
    parts.push(counts[j] as Count);
    sum += (counts[j] as Count).value;
  }
  return parts.length >= 2 && sum === total.value ? parts : [];
}

/** How many levels a phrase names: `pejabat administrator dan pengawas` names two. */
function levelCount(text: string): number {
  const pieces = text.split(/,|(?<!\p{L})(?:dan|serta|atau)(?!\p{L})/u);
  return new Set(pieces.map(levelFromText).filter((level) => level !== null)).size;
}

/** A count of people with what it is about, for the article to place: a part, a claim of one level, or set aside. */
export interface LooseCount {
  count: Count;
  part: ClaimPart;
  sentence: string;
  qualifier: Claim['qualifier'];
  /** `Gubernur juga melantik ...`: one part of something larger. */
  also: boolean;
  /** After `terdiri dari`, `yakni`: a part of the total before it even when no level is named (`48 kepala sekolah`). */
  breakdown: boolean;
}

/** What one sentence says: its claims, its counts that are not in them, and the counts set aside. */
export interface SentenceReading {
  claims: Claim[];
  loose: LooseCount[];
  setAside: SetAsideCount[];
}

const cueOf = (role: RoleRead) => (role.cue === null ? '' : ` ("${role.cue}")`);

/**
 * Reads one sentence: a total with its parts where the total is of people appointed, a lone total
 * where the sentence is about appointing; counts of one level left loose (a part of a total said
 * elsewhere, or a claim of that level alone), and counts of other roles set aside.
 */
export function readSentence(sentence: string): SentenceReading {
  const all = countsIn(sentence);
  const reading: SentenceReading = { claims: [], loose: [], setAside: [] };
  for (const count of all) {
    const role = count.role.role;
    if (role !== 'appointed' && role !== 'neutral')
      reading.setAside.push({ count: count.value, role, cue: count.role.cue ?? '', text: sentence });
  }
  const counts = all.filter((count) => count.role.role === 'appointed' || count.role.role === 'neutral');
  const previousLabelEnd = new Map(all.map((count, k) => [count, all[k - 1]?.labelEnd ?? 0]));
  for (let i = 0; i < counts.length; ) {
    const total = counts[i] as Count;
    const appointing = total.role.role === 'appointed';
    const parts = partsAfter(sentence, counts, i);
    const levelledParts = parts.filter((part) => levelFromText(part.label) !== null).length;
    // A lone count that names a level (`200 pejabat eselon III`, `pengawas 85 orang`) is left loose.
    // Bounded look back: a run-on text of thousands of counts stays linear.
    const clause =
      sentence
        .slice(Math.max(0, total.start - 200), total.start)
        .split(/[,;:]/)
        .at(-1) ?? '';
    const after = sentence.slice(total.end, counts[i + 1]?.start ?? sentence.length).split(/[;.(]/)[0] ?? '';
    const mixed = levelCount(after) > 1 || levelCount(clause) > 1;
    const qualifier = qualifierBefore(sentence.slice(Math.max(0, total.start - 40), total.start));
    if (parts.length === 0 && (total.level === null || mixed)) {
      if (appointing)
        reading.claims.push(claimOf(total.value, [], sentence, qualifier, `appointed${cueOf(total.role)}`));
      else if (
        total.level === null &&
        SPLIT.test(sentence.slice(Math.max(0, total.start - 200), total.start))
      )
        reading.loose.push(
          looseOf(sentence, total, previousLabelEnd.get(total) ?? 0, qualifier, clause, true),
        );
    } else if (parts.length > 0 && (appointing || levelledParts > 0)) {
      let from = total.labelEnd;
      const read = parts.map((part) => {
        const one = partOf(sentence, part, from);
        from = part.labelEnd;
        return one;
      });
      const why = appointing ? `appointed${cueOf(total.role)}` : 'a total with its parts by level';
      reading.claims.push(claimOf(total.value, read, sentence, qualifier, why));
    } else if (total.level !== null) {
      reading.loose.push(
        looseOf(sentence, total, previousLabelEnd.get(total) ?? 0, qualifier, clause, false),
      );
    }
    i += 1 + parts.length;
  }
  return reading;
}

function looseOf(
  sentence: string,
  count: Count,
  from: number,
  qualifier: Claim['qualifier'],
  clause: string,
  breakdown: boolean,
): LooseCount {
  const also = /(?<!\p{L})(?:juga|pula|turut)(?!\p{L})/iu.test(clause);
  return { count, part: partOf(sentence, count, from), sentence, qualifier, also, breakdown };
}

function claimOf(
  total: number,
  parts: ClaimPart[],
  text: string,
  qualifier: Claim['qualifier'],
  reason: string,
): Claim {
  const claim: Claim = { total, parts, text };
  if (qualifier) claim.qualifier = qualifier;
  claim.reason = reason;
  return claim;
}
