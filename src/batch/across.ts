import { nipDuplicateAcross } from '../checks/nip-duplicate-across.js';
import { sortFindings } from '../checks/run-checks.js';
import { levelOf } from '../checks/settings.js';
import { fillsBlanks } from '../domain/sk-number.js';
import { say, withSaid } from '../i18n/said.js';
import { isDecreeKind } from '../kinds.js';
import type { Document, Finding } from '../model.js';

interface Seen {
  source: string;
  decree: string | null;
  row: number;
  page: number | undefined;
}

/**
 * The checks across the documents of a batch, fed the documents in input order. A document is
 * compared with those before it only, so a finding lands on the later document and the result is
 * the same whether the batch ran at once, with any number of jobs, or in shards merged afterwards.
 */
export class AcrossDocuments {
  readonly #firstByNip = new Map<string, Seen>();

  /** Adds this document's cross-document findings to it, then remembers its appointees. */
  visit(doc: Document): Document {
    // Only decrees appoint: a roster repeats a decree's people, and `audit` compares those.
    if (!isDecreeKind(doc.kind) || doc.status === 'unreadable') return doc;
    const level = levelOf(nipDuplicateAcross);
    const severity = level === 'off' ? null : level;
    const decree = doc.decree?.number ?? null;
    // A draft numbered at signing (`800.1.3.3/  /BKD/2026`) is the decree it becomes, either way round.
    const oneDecree = new Map<string, boolean>();
    const sameDecree = (other: string | null) => {
      if (decree === null || other === null) return false;
      if (other === decree) return true;
      let same = oneDecree.get(other);
      if (same === undefined) {
        same = fillsBlanks(other, decree) || fillsBlanks(decree, other);
        oneDecree.set(other, same);
      }
      return same;
    };
    const added = [];
    for (const appointee of doc.appointees) {
      if (!appointee.nip) continue;
      const seen = this.#firstByNip.get(appointee.nip);
      if (!seen) {
        this.#firstByNip.set(appointee.nip, {
          source: doc.source,
          decree,
          row: appointee.row,
          page: appointee.page,
        });
        continue;
      }
      // The same decree given twice (a copy, a re-export) appoints nobody twice.
      if (seen.source === doc.source || sameDecree(seen.decree)) continue;
      if (severity === null) continue; // turned off: the NIP is still remembered above
      const { message, said } = say('nip-duplicate-across', {
        nip: appointee.nip,
        source: seen.source,
        first: { page: seen.page, row: seen.row },
      });
      const finding: Finding = {
        code: nipDuplicateAcross.code,
        severity,
        message,
        ...(appointee.page !== undefined ? { page: appointee.page } : {}),
        row: appointee.row,
        field: 'nip',
        sources: [seen.source],
      };
      added.push(withSaid(finding, said));
    }
    if (added.length === 0) return doc;
    const status = severity === 'error' ? 'invalid' : doc.status;
    return { ...doc, status, findings: sortFindings([...doc.findings, ...added]) };
  }
}
