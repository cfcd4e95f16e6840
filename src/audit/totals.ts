import { claimedAttachments } from '../checks/count-mismatch.js';
import { compareLevels, type Level } from '../domain/level.js';
import type { Statement } from '../i18n/audit-messages.js';
import { say } from '../i18n/said.js';
import { isDecreeKind } from '../kinds.js';
import type { AuditTotal, Claim, Document, Finding } from '../model.js';
import { auditFinding } from './finding.js';

/**
 * The totals a document states: its claims, and the rows it lists (a decree's lampiran, a roster);
 * then, where the dictum's parts name their lampiran (`tercantum dalam Lampiran II`), each such
 * lampiran's share as the dictum states it and as its rows list it.
 */
export function totalsOf(doc: Document): AuditTotal[] {
  const totals: AuditTotal[] = doc.claims.map((claim) => claimTotal(doc.source, claim));
  if (doc.kind !== 'text' && doc.counts.total > 0) {
    totals.push({
      source: doc.source,
      statement: isDecreeKind(doc.kind) ? 'attachment' : 'roster',
      total: doc.counts.total,
      byLevel: { ...doc.counts.byLevel },
    });
  }
  return [...totals, ...attachmentTotals(doc)];
}

function claimTotal(source: string, claim: Claim, parts = claim.parts): AuditTotal {
  const byLevel = levelCounts(parts.map((part) => [part.level, part.count]));
  const total: AuditTotal = { source, statement: 'claim', total: claim.total, byLevel };
  if (claim.qualifier) total.qualifier = claim.qualifier;
  return total;
}

/** Counts per level, the unknown level left out, in the levels' order. */
function levelCounts(counts: ReadonlyArray<readonly [Level, number]>): AuditTotal['byLevel'] {
  const byLevel: AuditTotal['byLevel'] = {};
  const levels = counts.map(([level]) => level).filter((level) => level !== 'unknown');
  for (const level of [...new Set(levels)].sort(compareLevels))
    byLevel[level] = counts.filter(([at]) => at === level).reduce((n, [, count]) => n + count, 0);
  return byLevel;
}

/**
 * Per lampiran a dictum names (its parts, or a claim's own sentence), where the rows say which
 * lampiran they are in (as `count-mismatch` holds them): the share the dictum states, and the rows
 * listed in that lampiran when it was read.
 */
function attachmentTotals(doc: Document): AuditTotal[] {
  if (!isDecreeKind(doc.kind) || !doc.appointees.some((row) => row.attachment !== undefined)) return [];
  const out: AuditTotal[] = [];
  const listed = new Set<string>();
  for (const claim of doc.claims) {
    if (claim.qualifier) continue;
    for (const [attachment, count] of claimedAttachments(claim)) {
      const parts = claim.parts.filter((part) => (part.attachment ?? claim.attachment) === attachment);
      out.push({ ...claimTotal(doc.source, claim, parts), total: count, attachment });
      const rows = doc.appointees.filter((row) => row.attachment === attachment);
      if (rows.length === 0 || listed.has(attachment)) continue;
      listed.add(attachment);
      out.push({
        source: doc.source,
        statement: 'attachment',
        total: rows.length,
        byLevel: levelCounts(rows.map((row) => [row.level, 1])),
        attachment,
      });
    }
  }
  return out;
}

const QUALIFIER_WORDS: Record<NonNullable<AuditTotal['qualifier']>, string> = {
  approximately: 'about ',
  'at-least': 'at least ',
  'more-than': 'more than ',
  'at-most': 'at most ',
};

/** How a statement puts a number: `about 100`. */
export function stated(total: AuditTotal, value: number): string {
  return `${total.qualifier ? QUALIFIER_WORDS[total.qualifier] : ''}${value}`;
}

/** Whether `value`, qualified as `qualifier` says, can be true of `actual`. `about` allows 10%. */
export function agrees(value: number, qualifier: AuditTotal['qualifier'], actual: number): boolean {
  switch (qualifier) {
    case 'approximately':
      return Math.abs(value - actual) <= Math.max(1, Math.round(actual * 0.1));
    case 'at-least':
      return actual >= value;
    case 'more-than':
      return actual > value;
    case 'at-most':
      return actual <= value;
    default:
      return value === actual;
  }
}

const STATEMENT_NAMES: Record<AuditTotal['statement'], Statement['what']> = {
  claim: 'claim',
  attachment: 'lampiran',
  roster: 'roster',
};

function named(total: AuditTotal, role: string): Statement {
  const what = total.statement === 'claim' && role === 'decree' ? 'dictum' : STATEMENT_NAMES[total.statement];
  return { source: total.source, what };
}

/**
 * The statement others are measured against: the decree's dictum with parts, else its lampiran,
 * else a roster, else the first claim. Rows listed never count as a claim of their own: the
 * people themselves are compared by NIP.
 */
export function referenceOf(
  all: readonly AuditTotal[],
  roleOf: (source: string) => string,
): AuditTotal | null {
  const totals = all.filter((t) => t.attachment === undefined);
  const decree = totals.filter((t) => roleOf(t.source) === 'decree');
  return (
    decree.find((t) => t.statement === 'claim' && Object.keys(t.byLevel).length > 0) ??
    decree.find((t) => t.statement === 'claim') ??
    decree.find((t) => t.statement === 'attachment') ??
    totals.find((t) => t.statement === 'roster') ??
    totals.find((t) => t.statement === 'claim') ??
    null
  );
}

/** Every claim of a source other than the reference's, against the reference: total, then per level. */
export function compareTotals(totals: readonly AuditTotal[], roleOf: (source: string) => string): Finding[] {
  const reference = referenceOf(totals, roleOf);
  if (!reference) return [];
  const findings: Finding[] = [];
  const ref = named(reference, roleOf(reference.source));
  for (const total of totals) {
    if (total.statement !== 'claim' || total.source === reference.source || total.attachment) continue;
    const sources = [reference.source, total.source];
    const it = named(total, roleOf(total.source));
    if (!agrees(total.total, total.qualifier, reference.total)) {
      findings.push(
        auditFinding(
          'claim-conflict',
          say('claim-conflict/total', {
            it,
            value: total.total,
            qualifier: total.qualifier,
            reference: ref,
            expected: reference.total,
          }),
          sources,
          'total',
        ),
      );
    }
    const refCounts = reference.statement !== 'claim';
    for (const [level, count] of Object.entries(total.byLevel) as [Level, number][]) {
      const expected = reference.byLevel[level] ?? (refCounts ? 0 : undefined);
      if (expected === undefined || agrees(count, total.qualifier, expected)) continue;
      findings.push(
        auditFinding(
          'claim-conflict',
          say('claim-conflict/level', {
            it,
            value: count,
            qualifier: total.qualifier,
            level,
            reference: ref,
            expected,
          }),
          sources,
          level,
        ),
      );
    }
  }
  return findings;
}

/**
 * Whether every total of a group, claims and rows listed alike, agrees with the reference's: in
 * all, and per level where both state one. A group whose totals differ is never said to agree.
 */
export function totalsAgree(totals: readonly AuditTotal[], roleOf: (source: string) => string): boolean {
  const reference = referenceOf(totals, roleOf);
  if (!reference) return true;
  const whole = totals.filter((total) => total.attachment === undefined);
  // A lampiran's share: the dictum's parts naming it against its rows, per level too (none = 0).
  const shares = totals.filter((total) => total.attachment !== undefined);
  const shareAgrees = (rows: AuditTotal) => {
    const stated = shares.find(
      (t) => t.statement === 'claim' && t.source === rows.source && t.attachment === rows.attachment,
    );
    if (!stated) return true;
    const levels = new Set([...Object.keys(stated.byLevel), ...Object.keys(rows.byLevel)] as Level[]);
    return (
      stated.total === rows.total &&
      [...levels].every((level) => (stated.byLevel[level] ?? 0) === (rows.byLevel[level] ?? 0))
    );
  };
  return (
    whole.every(
      (total) =>
        agrees(total.total, total.qualifier, reference.total) &&
        Object.entries(total.byLevel).every(([level, count]) => {
          const expected = reference.byLevel[level as Level];
          return expected === undefined || agrees(count, total.qualifier, expected);
        }),
    ) && shares.filter((total) => total.statement === 'attachment').every(shareAgrees)
  );
}
