import { parseEchelon } from '../domain/echelon.js';
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

/** People of `other` against those of `reference`, by NIP: missing, extra, and fields that differ. */
export function comparePeople(reference: Document, other: Document): Finding[] {
  const sources = [reference.source, other.source];
  const ours = byNip(reference);
  const theirs = byNip(other);
  const findings: Finding[] = [];
  for (const [nip, a] of ours) {
    const b = theirs.get(nip);
    if (!b) {
      findings.push(
        auditFinding(
          'cross-missing',
          say('cross-missing', { person: who(a), at: where(reference, a), other: other.source }),
          sources,
        ),
      );
      continue;
    }
    for (const field of FIELDS) {
      const x = field.value(a);
      const y = field.value(b);
      if (x === null || y === null || field.same(a, b)) continue;
      findings.push(
        auditFinding(
          'cross-mismatch',
          say('cross-mismatch', {
            person: who(a),
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
  }
  for (const [nip, b] of theirs) {
    if (ours.has(nip)) continue;
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
