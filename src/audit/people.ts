import { parseEchelon } from '../domain/echelon.js';
import { editDistance } from '../domain/edit-distance.js';
import { nameKey } from '../domain/name.js';
import type { Person, Where } from '../i18n/audit-messages.js';
import { say } from '../i18n/said.js';
import type { Appointee, Document, Finding } from '../model.js';
import { auditFinding } from './finding.js';

function where(doc: Document, a: Appointee): Where {
  return { source: doc.source, page: a.page, row: a.row };
}

function who(a: Appointee): Person {
  return { nip: a.nip, name: a.name };
}

/** Lower case, letters and digits only: `Kepala Sub Bagian Umum,` and `KEPALA SUB BAGIAN UMUM` are one post. */
function positionKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The same post, also when one source writes the unit in its own column and the other after `pada`. */
function samePosition(a: Appointee, b: Appointee): boolean {
  const spellings = (x: Appointee) => {
    const position = x.positionNew ?? '';
    return x.unit ? [position, `${position} pada ${x.unit}`, `${position} ${x.unit}`] : [position];
  };
  const keys = new Set(spellings(a).map(positionKey));
  return spellings(b).some((text) => keys.has(positionKey(text)));
}

/** `III.a` against `III.a` exactly; a bare `III` matches any `III.x`. */
function sameEchelon(a: string, b: string): boolean {
  const x = parseEchelon(a);
  const y = parseEchelon(b);
  if (!x || !y) return a === b;
  if (x.canonical.includes('.') && y.canonical.includes('.')) return x.canonical === y.canonical;
  return x.level === y.level;
}

interface Field {
  field: 'name' | 'grade' | 'echelon' | 'positionNew';
  value(a: Appointee): string | null;
  same(a: Appointee, b: Appointee): boolean;
}

const FIELDS: readonly Field[] = [
  {
    field: 'name',
    value: (a) => a.name,
    same: (a, b) => nameKey(a.name ?? '') === nameKey(b.name ?? ''),
  },
  { field: 'grade', value: (a) => a.grade, same: (a, b) => a.grade === b.grade },
  {
    field: 'echelon',
    value: (a) => a.echelon,
    same: (a, b) => sameEchelon(a.echelon ?? '', b.echelon ?? ''),
  },
  {
    field: 'positionNew',
    value: (a) => a.positionNew,
    same: samePosition,
  },
];

function byNip(doc: Document): Map<string, Appointee> {
  const map = new Map<string, Appointee>();
  // A NIP twice in one document is nip-duplicate there; the audit compares its first row.
  for (const a of doc.appointees) if (a.nip !== null && !map.has(a.nip)) map.set(a.nip, a);
  return map;
}

/** The NIP as the cell holds it: the digits, the damaged text (`1,97010E+17`), or `empty`. */
function nipAsWritten(a: Appointee): string {
  return a.nip ?? a.nipRaw ?? 'empty';
}

/** Grade or new post agree: with the name, enough to call two rows one person. */
function sameGradeOrPost(a: Appointee, b: Appointee): boolean {
  return (a.grade !== null && a.grade === b.grade) || (a.positionNew !== null && samePosition(a, b));
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

/** One NIP damaged or missing, or both read but one a slip of the other (two digits at most). */
function nipsMayDiffer(a: string | null, b: string | null): boolean {
  return a === null || b === null || editDistance(a, b) <= 2;
}

/**
 * People left over once NIPs are matched, paired by name (titles aside) and grade or new post when
 * a NIP is damaged or missing on one side: only where each is the other's one candidate, so a
 * common name never pairs two people.
 */
function pairByName(ours: readonly Appointee[], theirs: readonly Appointee[]): Array<[Appointee, Appointee]> {
  const pairs: Array<[Appointee, Appointee]> = [];
  const oursByName = byName(ours);
  const theirsByName = byName(theirs);
  const fits = (a: Appointee, b: Appointee) => nipsMayDiffer(a.nip, b.nip) && sameGradeOrPost(a, b);
  for (const [key, list] of oursByName) {
    const others = theirsByName.get(key) ?? [];
    for (const a of list) {
      const candidates = others.filter((b) => fits(a, b));
      const [b] = candidates;
      if (b && candidates.length === 1 && list.filter((x) => fits(x, b)).length === 1) pairs.push([a, b]);
    }
  }
  return pairs;
}

/**
 * People of `other` against those of `reference`, by NIP, and by name where a NIP cell is damaged
 * or empty: missing, extra, and fields that differ.
 */
export function comparePeople(reference: Document, other: Document): Finding[] {
  const sources = [reference.source, other.source];
  const ours = byNip(reference);
  const theirs = byNip(other);
  const findings: Finding[] = [];
  const compareFields = (a: Appointee, b: Appointee, person: Person) => {
    for (const field of FIELDS) {
      const x = field.value(a);
      const y = field.value(b);
      if (x === null || y === null || field.same(a, b)) continue;
      findings.push(
        auditFinding(
          'cross-mismatch',
          say('cross-mismatch', {
            person,
            field: field.field,
            here: x,
            at: where(reference, a),
            there: y,
            otherAt: where(other, b),
          }),
          sources,
          field.field,
        ),
      );
    }
  };
  const unmatched = (doc: Document, own: Map<string, Appointee>, them: Map<string, Appointee>) =>
    doc.appointees.filter((a) => (a.nip === null ? true : own.get(a.nip) === a && !them.has(a.nip)));
  const pairs = pairByName(unmatched(reference, ours, theirs), unmatched(other, theirs, ours));
  const paired = new Set(pairs.flat());
  for (const [nip, a] of ours) {
    const b = theirs.get(nip);
    if (b) compareFields(a, b, who(a));
    else if (!paired.has(a)) {
      findings.push(
        auditFinding(
          'cross-missing',
          say('cross-missing', { person: who(a), at: where(reference, a), other: other.source }),
          sources,
        ),
      );
    }
  }
  for (const [a, b] of pairs) {
    const person = a.nip !== null ? who(a) : who(b);
    if (nipAsWritten(a) !== nipAsWritten(b))
      findings.push(
        auditFinding(
          'cross-mismatch',
          say('cross-mismatch', {
            person,
            field: 'nip',
            here: nipAsWritten(a),
            at: where(reference, a),
            there: nipAsWritten(b),
            otherAt: where(other, b),
          }),
          sources,
          'nip',
        ),
      );
    compareFields(a, b, person);
  }
  for (const [nip, b] of theirs) {
    if (ours.has(nip) || paired.has(b)) continue;
    findings.push(
      auditFinding(
        'cross-extra',
        say('cross-extra', { person: who(b), at: where(other, b), other: reference.source }),
        sources,
      ),
    );
  }
  return findings;
}
