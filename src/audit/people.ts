import type { Person, Where } from '../i18n/audit-messages.js';
import { say } from '../i18n/said.js';
import type { AuditChanges, Document, Finding, PersonChange } from '../model.js';
import { diffPeople } from './diff.js';
import { auditFinding } from './finding.js';

const where = (source: string, at: { page?: number | undefined; row: number }): Where => ({ source, ...at });

const who = (change: PersonChange): Person => ({ nip: change.nip, name: change.name });

/**
 * The findings of one pair's changes. Two sources of one role are two copies of one list (a draft
 * and its signed decree, two revisions, two rosters): what differs is `cross-changed`. A roster
 * against its decree is held to the decree: `cross-mismatch`, `cross-missing`, `cross-extra`.
 */
export function changeFindings(changes: AuditChanges, copies: boolean): Finding[] {
  const { from, to } = changes;
  const sources = [from, to];
  const findings: Finding[] = [];
  for (const change of changes.people) {
    const person = who(change);
    if (change.change === 'added' && change.toAt) {
      const at = where(to, change.toAt);
      findings.push(
        copies
          ? auditFinding('cross-changed', say('cross-changed/added', { person, at, other: from }), sources)
          : auditFinding('cross-extra', say('cross-extra', { person, at, other: from }), sources),
      );
      continue;
    }
    if (change.change === 'removed' && change.fromAt) {
      const at = where(from, change.fromAt);
      findings.push(
        copies
          ? auditFinding('cross-changed', say('cross-changed/removed', { person, at, other: to }), sources)
          : auditFinding('cross-missing', say('cross-missing', { person, at, other: to }), sources),
      );
      continue;
    }
    if (!change.fromAt || !change.toAt) continue;
    for (const { field, from: here, to: there } of change.fields) {
      const params = {
        person,
        field,
        here,
        at: where(from, change.fromAt),
        there,
        otherAt: where(to, change.toAt),
      };
      findings.push(
        copies
          ? auditFinding('cross-changed', say('cross-changed', params), sources, field)
          : auditFinding('cross-mismatch', say('cross-mismatch', params), sources, field),
      );
    }
  }
  return findings;
}

/** What changed from the people of `from` to those of `to`, and its findings. */
export function comparePeople(
  from: Document,
  to: Document,
  copies: boolean,
): { changes: AuditChanges; findings: Finding[] } {
  const changes = diffPeople(from, to);
  return { changes, findings: changeFindings(changes, copies) };
}
