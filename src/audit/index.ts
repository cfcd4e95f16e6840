import { auditedDocument } from '../checks/outcome.js';
import { isOff } from '../checks/settings.js';
import { editDistance } from '../domain/edit-distance.js';
import { fillsBlanks, hasBlankSegment, parseSkNumber } from '../domain/sk-number.js';
import { say } from '../i18n/said.js';
import { isDecreeKind, KIND_INFO } from '../kinds.js';
import type { AuditChanges, AuditGroup, Document, Finding } from '../model.js';
import { auditFinding } from './finding.js';
import { comparePeople } from './people.js';
import { compareTotals, totalsOf } from './totals.js';

interface Group {
  key: string | null;
  docs: Document[];
}

const keyOf = (number: string | null | undefined) => (number ? number.toUpperCase() : null);

/**
 * Two numbers of one decree, one cited wrongly: the same segments but one, and that one a year, a
 * month or a slip of at most two characters. Only a decree PDF anchors such a match.
 */
export function sameDecree(a: string, b: string): boolean {
  const x = parseSkNumber(a).segments.map((s) => s.toUpperCase());
  const y = parseSkNumber(b).segments.map((s) => s.toUpperCase());
  if (x.length !== y.length || x.length < 3) return false;
  const differ = x.flatMap((segment, i) => (segment === y[i] ? [] : [i]));
  if (differ.length !== 1) return false;
  const i = differ[0] ?? 0;
  return i > 0 && editDistance(x[i] ?? '', y[i] ?? '') <= 2;
}

/** A number the registry has filled in: not missing, no segment left blank. */
function complete(number: string | null | undefined): number is string {
  return !!number && !hasBlankSegment(parseSkNumber(number));
}

/** NIPs of `doc` also listed by a decree of `group`. */
function sharedPeople(doc: Document, group: Group): number {
  const theirs = new Set(group.docs.flatMap((d) => d.appointees.map((a) => a.nip)));
  return new Set(doc.appointees.flatMap((a) => (a.nip !== null && theirs.has(a.nip) ? [a.nip] : []))).size;
}

/**
 * The group of a decree numbered at signing, for its draft: a number whose blanks the group's
 * number fills in (`800.1.3.3/  /BKD/2026`), or no number at all, where the draft lists at least
 * half the people of the smaller list; among several, the one sharing the most people.
 */
function draftGroup(doc: Document, groups: readonly Group[]): Group | undefined {
  const number = doc.decree?.number;
  const fits = groups.filter((g) => g.key !== null && (number ? fillsBlanks(number, g.key) : true));
  const scored = fits.map((group) => ({ group, shared: sharedPeople(doc, group) }));
  const best = Math.max(0, ...scored.map((s) => s.shared));
  const top = scored.filter((s) => s.shared === best);
  if (number && best === 0) return fits.length === 1 ? fits[0] : undefined;
  const smaller = (group: Group) =>
    Math.min(doc.appointees.length, Math.max(...group.docs.map((d) => d.appointees.length)));
  const [pick] = top;
  if (!pick || top.length > 1 || best === 0) return undefined;
  return number || best * 2 >= smaller(pick.group) ? pick.group : undefined;
}

/**
 * Decree PDFs first, each its own group by number (a draft whose number is blank or missing joins
 * the decree it becomes); then every other input joins the group of its number, or of a decree its
 * number is one segment off from; an input without a number joins the nearest decree before it on
 * the command line (else the first group).
 */
function groupsOf(documents: readonly Document[]): Group[] {
  const readable = documents.filter((doc) => doc.status !== 'unreadable');
  const groups: Group[] = [];
  const decreeGroupAt = new Map<Document, Group>();
  const decrees = readable.filter((doc) => isDecreeKind(doc.kind));
  const numbered = decrees.filter((doc) => complete(doc.decree?.number));
  for (const doc of [...numbered, ...decrees.filter((doc) => !numbered.includes(doc))]) {
    const key = keyOf(doc.decree?.number);
    const group =
      (complete(key) ? undefined : draftGroup(doc, groups.slice())) ??
      ((key !== null && groups.find((g) => g.key === key)) || { key, docs: [] });
    if (!groups.includes(group)) groups.push(group);
    group.docs.push(doc);
    decreeGroupAt.set(doc, group);
  }
  // Groups keep the order of their first input.
  groups.sort((a, b) => firstIndex(a, documents) - firstIndex(b, documents));
  const decreeGroups = [...groups];
  const unnumbered: Document[] = [];
  for (const doc of readable) {
    if (isDecreeKind(doc.kind)) continue;
    const number = doc.decree?.number;
    const key = keyOf(number);
    if (key === null || !number) {
      unnumbered.push(doc);
      continue;
    }
    const group =
      groups.find((g) => g.key === key) ??
      decreeGroups.find((g) => g.key !== null && sameDecree(g.key, number)) ??
      groups[groups.push({ key, docs: [] }) - 1];
    group?.docs.push(doc);
  }
  for (const doc of unnumbered) {
    const before = readable.slice(0, readable.indexOf(doc)).reverse();
    const decree = before.find((d) => decreeGroupAt.has(d));
    let group = decree ? decreeGroupAt.get(decree) : groups[0];
    if (!group) {
      group = { key: null, docs: [] };
      groups.push(group);
    }
    group.docs.push(doc);
  }
  // Members keep command-line order.
  for (const group of groups) group.docs.sort((a, b) => documents.indexOf(a) - documents.indexOf(b));
  return groups;
}

function firstIndex(group: Group, documents: readonly Document[]): number {
  return Math.min(...group.docs.map((doc) => documents.indexOf(doc)));
}

function numberFindings(anchor: Document | undefined, docs: readonly Document[]): Finding[] {
  const findings: Finding[] = [];
  if (!anchor?.decree) return findings;
  const { number, date } = anchor.decree;
  for (const doc of docs) {
    if (doc === anchor || !doc.decree) continue;
    const sources = [anchor.source, doc.source];
    // A draft's blank sequence is its own sk-number-blank; filled in, it is this number.
    const filled = doc.decree.number !== null && fillsBlanks(doc.decree.number, number ?? '');
    if (number && doc.decree.number && keyOf(number) !== keyOf(doc.decree.number) && !filled) {
      findings.push(
        auditFinding(
          'cross-number-mismatch',
          say('cross-number-mismatch/number', {
            source: doc.source,
            cited: doc.decree.number,
            anchor: anchor.source,
            number,
          }),
          sources,
          'number',
        ),
      );
    }
    if (date && doc.decree.date && date !== doc.decree.date) {
      findings.push(
        auditFinding(
          'cross-number-mismatch',
          say('cross-number-mismatch/date', {
            source: doc.source,
            number: doc.decree.number,
            date: doc.decree.date,
            anchor: anchor.source,
            anchorDate: date,
          }),
          sources,
          'date',
        ),
      );
    }
  }
  return findings;
}

/**
 * Every pair of sources that list people, each compared once: decrees before rosters, else in
 * command-line order, so a roster is held to its decree and a draft comes before its signed copy.
 */
function comparePairs(docs: readonly Document[]): { changes: AuditChanges[]; findings: Finding[] } {
  const people = docs
    .filter((doc) => doc.kind !== 'text' && doc.appointees.length > 0)
    .sort((a, b) => Number(isDecreeKind(b.kind)) - Number(isDecreeKind(a.kind)));
  const changes: AuditChanges[] = [];
  const findings: Finding[] = [];
  people.forEach((from, i) => {
    for (const to of people.slice(i + 1)) {
      const copies = KIND_INFO[from.kind].role === KIND_INFO[to.kind].role;
      const pair = comparePeople(from, to, copies);
      changes.push(pair.changes);
      findings.push(...pair.findings);
    }
  });
  return { changes, findings };
}

function auditGroup(group: Group): AuditGroup {
  const { docs } = group;
  const roleOf = (source: string) => KIND_INFO[docs.find((doc) => doc.source === source)?.kind ?? 'csv'].role;
  const decrees = docs.filter((doc) => isDecreeKind(doc.kind));
  // The decree as signed names the group: a draft's number may still be blank.
  const anchor =
    decrees.find((doc) => complete(doc.decree?.number)) ??
    decrees[0] ??
    docs.find((doc) => doc.decree?.number);
  const totals = docs.flatMap(totalsOf);
  const people = comparePairs(docs);
  const findings = [
    ...numberFindings(anchor, docs),
    ...people.findings,
    ...compareTotals(totals, roleOf),
  ].filter((finding) => !isOff(finding.code));
  return {
    number: anchor?.decree?.number ?? null,
    date: anchor?.decree?.date ?? docs.find((doc) => doc.decree?.date)?.decree?.date ?? null,
    sources: docs.map((doc) => ({
      source: doc.source,
      role: KIND_INFO[doc.kind].role,
      number: doc.decree?.number ?? null,
      date: doc.decree?.date ?? null,
      ...(doc.sources ? { files: doc.sources } : {}),
    })),
    totals,
    changes: people.changes,
    findings,
  };
}

/** Groups checked documents by the decree they are about and lists where they disagree. */
export function auditDocuments(documents: readonly Document[]): AuditGroup[] {
  return groupsOf(documents).map(auditGroup);
}

/**
 * The audit of `documents`, and the documents as the audit leaves them: a source compared with
 * another of its decree is checked by the audit where it could not be alone (a press text's claim,
 * a lampiran's rows), so it is not unverified for want of the other.
 */
export function auditAll(documents: readonly Document[]): { audit: AuditGroup[]; documents: Document[] } {
  const audit = auditDocuments(documents);
  const compared = new Set(
    audit.filter((group) => group.sources.length > 1).flatMap((group) => group.sources.map((s) => s.source)),
  );
  return {
    audit,
    documents: documents.map((doc) => (compared.has(doc.source) ? auditedDocument(doc) : doc)),
  };
}
