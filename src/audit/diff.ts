import { parseEchelon } from '../domain/echelon.js';
import { editDistance } from '../domain/edit-distance.js';
import { parseGrade, parseRank } from '../domain/grade.js';
import { nameKey } from '../domain/name.js';
import type { Appointee, AuditChanges, ChangeField, FieldChange, PersonChange } from '../model.js';

/**
 * Letters and digits only, lower case, no spaces: `Kepala Sub Bagian Umum,` and `KEPALA SUB
 * BAGIAN UMUM` are one post, and so are `Perundang-undangan` and `Perundang- undangan` broken over
 * two lines by another layout.
 */
function textKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** How clerks shorten a post in a roster typed by hand: `Kasubbag Umum` is `Kepala Sub Bagian Umum`. */
const POST_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bkasu?b?bag\b/g, 'kepala sub bagian'],
  [/\bkasu?b?bid\b/g, 'kepala sub bidang'],
  [/\bkasi\b/g, 'kepala seksi'],
  [/\bkabag\b/g, 'kepala bagian'],
  [/\bkabid\b/g, 'kepala bidang'],
  [/\bkadis\b/g, 'kepala dinas'],
  [/\bsubbag\b/g, 'sub bagian'],
  [/\bsubbid\b/g, 'sub bidang'],
  [/\bpd\b/g, 'pada'],
];

/** A post's key: its abbreviations written out, then `textKey`. */
function postKey(text: string): string {
  let words = text.toLowerCase();
  for (const [short, long] of POST_WORDS) words = words.replace(short, long);
  return textKey(words);
}

/** The same post, also when one source writes the unit in its own column and the other after `pada`. */
export function samePosition(a: Appointee, b: Appointee): boolean {
  const spellings = (x: Appointee) => {
    const position = x.positionNew ?? '';
    return x.unit ? [position, `${position} pada ${x.unit}`, `${position} ${x.unit}`] : [position];
  };
  const keys = new Set(spellings(a).map(postKey));
  return spellings(b).some((text) => keys.has(postKey(text)));
}

/** `III.a` against `III.a` exactly; a bare `III` matches any `III.x`. */
function sameEchelon(a: string, b: string): boolean {
  const x = parseEchelon(a);
  const y = parseEchelon(b);
  if (!x || !y) return textKey(a) === textKey(b);
  if (x.canonical.includes('.') && y.canonical.includes('.')) return x.canonical === y.canonical;
  return x.level === y.level;
}

/** `III/d`, `III.d` and `(III/D)` are one grade. */
function sameGrade(a: string, b: string): boolean {
  const x = parseGrade(a);
  const y = parseGrade(b);
  return x && y ? x.canonical === y.canonical : textKey(a) === textKey(b);
}

/** `Penata Tk. I` and `PENATA TINGKAT I` are one rank: the grade each names. */
function sameRank(a: string, b: string): boolean {
  const x = parseRank(a);
  const y = parseRank(b);
  return x && y ? x === y : textKey(a) === textKey(b);
}

interface Field {
  field: Exclude<ChangeField, 'nip'>;
  value(a: Appointee): string | null;
  same(a: Appointee, b: Appointee): boolean;
}

const text =
  (get: (a: Appointee) => string | null, same: (x: string, y: string) => boolean) =>
  (a: Appointee, b: Appointee) =>
    same(get(a) ?? '', get(b) ?? '');

/** The fields compared, in the order a change lists them. A value missing on either side is no change. */
const FIELDS: readonly Field[] = [
  // Titles are not part of `name`, and case is not compared.
  {
    field: 'name',
    value: (a) => a.name,
    same: text(
      (a) => a.name,
      (x, y) => nameKey(x) === nameKey(y),
    ),
  },
  { field: 'grade', value: (a) => a.grade, same: text((a) => a.grade, sameGrade) },
  // A rank follows its grade: a rank that differs with the grade is said once, as the grade.
  {
    field: 'rank',
    value: (a) => a.rank,
    same: (a, b) =>
      sameRank(a.rank ?? '', b.rank ?? '') ||
      (a.grade !== null && b.grade !== null && !sameGrade(a.grade, b.grade)),
  },
  { field: 'echelon', value: (a) => a.echelon, same: text((a) => a.echelon, sameEchelon) },
  {
    field: 'positionOld',
    value: (a) => a.positionOld,
    same: text(
      (a) => a.positionOld,
      (x, y) => postKey(x) === postKey(y),
    ),
  },
  { field: 'positionNew', value: (a) => a.positionNew, same: samePosition },
  {
    field: 'unit',
    value: (a) => a.unit,
    same: text(
      (a) => a.unit,
      (x, y) => postKey(x) === postKey(y),
    ),
  },
];

/** The fields of one person that differ between two rows of theirs, in `FIELDS` order. */
export function changedFields(a: Appointee, b: Appointee): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of FIELDS) {
    const from = field.value(a);
    const to = field.value(b);
    if (from === null || to === null || field.same(a, b)) continue;
    changes.push({ field: field.field, from, to });
  }
  return changes;
}

/** The NIP as the cell holds it: the digits, the damaged text (`1,97010E+17`), or `empty`. */
export function nipAsWritten(a: Appointee): string {
  return a.nip ?? a.nipRaw ?? 'empty';
}

/** The digits of a NIP cell, read or damaged (`19731027200310101`, cut by a page); '' when none. */
function nipDigits(a: Appointee): string {
  return a.nip ?? (a.nipRaw ?? '').replace(/\D/g, '');
}

/**
 * Two NIP cells that may be one person's: both read and a slip apart (two digits at most, a digit
 * off or one cut), or one too damaged to tell (no digits, a spreadsheet's `1,97010E+17`).
 */
function nipsNear(a: Appointee, b: Appointee): 'near' | 'unknown' | 'far' {
  const x = nipDigits(a);
  const y = nipDigits(b);
  if (x.length < 15 || y.length < 15) return 'unknown';
  return editDistance(x, y) <= 2 ? 'near' : 'far';
}

/** Grade or new post agree: with the name, enough to call two rows one person. */
function sameGradeOrPost(a: Appointee, b: Appointee): boolean {
  return (
    (a.grade !== null && b.grade !== null && sameGrade(a.grade, b.grade)) ||
    (a.positionNew !== null && b.positionNew !== null && samePosition(a, b))
  );
}

function byName(people: readonly Appointee[]): Map<string, Appointee[]> {
  const map = new Map<string, Appointee[]>();
  for (const a of people) {
    if (!a.name) continue;
    const key = nameKey(a.name);
    const list = map.get(key);
    if (list) list.push(a);
    else map.set(key, [a]);
  }
  return map;
}

/**
 * People left over once NIPs are matched, paired by name (titles and case aside) where the NIPs are
 * a slip apart, or where one is too damaged to tell and grade or new post agree; only where each is
 * the other's one candidate, so a common name never pairs two people.
 */
function pairByName(ours: readonly Appointee[], theirs: readonly Appointee[]): Array<[Appointee, Appointee]> {
  const pairs: Array<[Appointee, Appointee]> = [];
  const theirsByName = byName(theirs);
  const fits = (a: Appointee, b: Appointee) => {
    const nips = nipsNear(a, b);
    return nips === 'near' || (nips === 'unknown' && sameGradeOrPost(a, b));
  };
  for (const [key, list] of byName(ours)) {
    const others = theirsByName.get(key) ?? [];
    for (const a of list) {
      const candidates = others.filter((b) => fits(a, b));
      const [b] = candidates;
      if (b && candidates.length === 1 && list.filter((x) => fits(x, b)).length === 1) pairs.push([a, b]);
    }
  }
  return pairs;
}

/** Each NIP's first row: a NIP twice in one source is nip-duplicate there; its first row is compared. */
function byNip(people: readonly Appointee[]): Map<string, Appointee> {
  const map = new Map<string, Appointee>();
  for (const a of people) if (a.nip !== null && !map.has(a.nip)) map.set(a.nip, a);
  return map;
}

/** Two rows found to be one person: by NIP, or by name where a NIP is damaged. */
export interface Pair {
  from: Appointee;
  to: Appointee;
  by: 'nip' | 'name';
}

/** The people of two sources matched: pairs, and those found in one source only. */
export interface Matching {
  pairs: Pair[];
  removed: Appointee[];
  added: Appointee[];
}

/** Matches the people of `to` with those of `from`: by NIP, then by name where a NIP is damaged. */
export function matchPeople(from: readonly Appointee[], to: readonly Appointee[]): Matching {
  const ours = byNip(from);
  const theirs = byNip(to);
  // Rows without a usable NIP, and NIPs the other source lacks; later rows of a NIP twice are left out.
  const unmatched = (
    people: readonly Appointee[],
    own: Map<string, Appointee>,
    them: Map<string, Appointee>,
  ) => people.filter((a) => (a.nip === null ? true : own.get(a.nip) === a && !them.has(a.nip)));
  const byNamePairs = pairByName(unmatched(from, ours, theirs), unmatched(to, theirs, ours));
  const pairOf = new Map<Appointee, Pair>();
  for (const [a, b] of byNamePairs) pairOf.set(a, { from: a, to: b, by: 'name' });
  const pairedTo = new Set(byNamePairs.map(([, b]) => b));
  const pairs: Pair[] = [];
  const removed: Appointee[] = [];
  for (const a of from) {
    const b = a.nip !== null && ours.get(a.nip) === a ? theirs.get(a.nip) : undefined;
    const pair = b ? { from: a, to: b, by: 'nip' as const } : pairOf.get(a);
    if (pair) pairs.push(pair);
    // Rows without a NIP that no name pairs are not compared: nothing tells who they are.
    else if (a.nip !== null && ours.get(a.nip) === a) removed.push(a);
  }
  const added = to.filter(
    (b) => b.nip !== null && theirs.get(b.nip) === b && !ours.has(b.nip) && !pairedTo.has(b),
  );
  return { pairs, removed, added };
}

const at = (a: Appointee) => (a.page !== undefined ? { page: a.page, row: a.row } : { row: a.row });

/** The person a change names: the NIP as read (the first source's, else the second's) and the name. */
function person(a: Appointee, b?: Appointee): { nip: string | null; name: string | null } {
  return { nip: a.nip ?? b?.nip ?? null, name: a.name ?? b?.name ?? null };
}

/** Field by field, what changed from the people of `from` to those of `to`. */
export function diffPeople(
  from: { source: string; appointees: readonly Appointee[] },
  to: { source: string; appointees: readonly Appointee[] },
): AuditChanges {
  const { pairs, removed, added } = matchPeople(from.appointees, to.appointees);
  const people: PersonChange[] = [];
  const removedSet = new Set(removed);
  const pairOf = new Map(pairs.map((pair) => [pair.from, pair]));
  for (const a of from.appointees) {
    const pair = pairOf.get(a);
    if (pair) {
      const fields = changedFields(pair.from, pair.to);
      if (pair.by === 'name' && nipAsWritten(pair.from) !== nipAsWritten(pair.to))
        fields.unshift({ field: 'nip', from: nipAsWritten(pair.from), to: nipAsWritten(pair.to) });
      if (fields.length === 0) continue;
      people.push({
        change: 'changed',
        ...person(pair.from, pair.to),
        matchedBy: pair.by,
        fromAt: at(pair.from),
        toAt: at(pair.to),
        fields,
      });
    } else if (removedSet.has(a)) {
      people.push({ change: 'removed', ...person(a), fromAt: at(a), toAt: null, fields: [] });
    }
  }
  for (const b of added)
    people.push({ change: 'added', ...person(b), fromAt: null, toAt: at(b), fields: [] });
  return { from: from.source, to: to.source, matched: pairs.length, people };
}
