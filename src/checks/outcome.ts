import type { ExtractedDocument } from '../extract/document.js';
import { checkedText, pageRanges, reasonMessage } from '../i18n/outcome.js';
import { isDecreeKind } from '../kinds.js';
import type { Checked, Counts, Document, Unverified, UnverifiedReason } from '../model.js';
import { attachmentsMissing } from './count-mismatch.js';

/** What the outcome is decided from: the extracted document, and what its checks found. */
export interface OutcomeInput {
  doc: ExtractedDocument;
  /** The codes of the document's findings (document checks and notes; row findings need not be here). */
  codes: ReadonlySet<string>;
  /** An error finding on the document, rows counted. */
  hasError: boolean;
  counts: Counts;
  /** Pages the rows came from, when a reader knows them. */
  rowPages?: readonly number[];
}

export type Outcome = Pick<Document, 'status' | 'checked' | 'unverified'>;

/**
 * The document's outcome. `verified` claims only what was compared: every claim (total, parts,
 * each level) against rows read with confidence, or for a roster, every row checked. Whatever could
 * not be checked makes it `unverified`, with the reason and what to do; an error finding makes it
 * `invalid` (still with its reasons). Not being a decree is not a defect.
 */
export function outcomeOf(input: OutcomeInput): Outcome {
  const { doc, codes, counts } = input;
  if (codes.has('not-a-decree')) return { status: 'not-a-decree' };
  const reasons: Unverified[] = [];
  const add = (
    reason: UnverifiedReason,
    extra: Pick<Unverified, 'pages' | 'count' | 'number' | 'attachments'> = {},
  ) => {
    const params = { reason, ...extra };
    // In the schema's order: a report read back (merge) gives the same bytes.
    reasons.push({ reason, message: reasonMessage(params, 'en'), ...extra });
  };
  const pagesWithoutText = doc.pagesWithoutText ?? [];
  if (pagesWithoutText.length > 0) add('pages-without-text', { pages: [...pagesWithoutText] });
  const missing = codes.has('attachment-missing');
  const uncertain = codes.has('attachment-uncertain');
  const number = doc.decree?.number ? { number: doc.decree.number } : {};
  const rowsRead = doc.records.map((record) => record.appointee);
  // A numbered lampiran a part names (`Lampiran II`) that is not among the lampiran read here.
  const absent = isDecreeKind(doc.kind) && !missing ? attachmentsMissing(doc.claims, rowsRead) : [];
  if (missing) add('attachment-missing', number);
  else if (absent.length > 0) add('attachment-missing', { ...number, attachments: absent });
  if (uncertain) add('attachment-uncertain');

  const rows = counts.total;
  const comparable = doc.claims.flatMap((claim, i) => (claim.qualifier ? [] : [i]));
  const compared = rows > 0 && !uncertain && rowsFaceClaims(doc) ? comparable : [];
  if (doc.kind === 'text') {
    if (doc.claims.length > 0) add('no-rows');
    else add('no-claim', { count: 0 });
  } else if (isDecreeKind(doc.kind)) {
    if (comparable.length === 0 && !missing && !uncertain) add('no-claim', { count: rows });
  } else if (comparable.length === 0 && doc.decree?.date) {
    // A workbook whose title rows name the decree (`NOMOR ... TANGGAL ...`) is its lampiran, alone.
    add('no-claim', { count: rows });
  }
  const unknown = counts.byLevel.unknown ?? 0;
  const byLevel = compared.some((i) => doc.claims[i]?.parts.some((part) => part.level !== 'unknown'));
  if (unknown > 0 && byLevel) add('level-unknown', { count: unknown });

  const status = input.hasError ? 'invalid' : reasons.length > 0 ? 'unverified' : 'verified';
  const pages = input.rowPages && input.rowPages.length > 0 ? pageRanges(input.rowPages) : undefined;
  const facts = { claims: compared, rows, ...(pages ? { pages } : {}) };
  const checked: Checked = {
    ...facts,
    message: checkedText({ kind: doc.kind, claims: doc.claims, checked: facts, appointees: rowsRead }, 'en'),
  };
  return { status, checked, ...(reasons.length > 0 ? { unverified: reasons } : {}) };
}

/** Decree claims face a lampiran's rows; a roster's rows face nothing the roster claims. */
function rowsFaceClaims(doc: ExtractedDocument): boolean {
  return isDecreeKind(doc.kind) && doc.decreeParts?.attachment.found === true;
}

/** The pages the appointees were read from, in order, once each. */
export function pagesOf(appointees: Iterable<{ page?: number | undefined }>): number[] {
  const pages = new Set<number>();
  for (const { page } of appointees) if (page !== undefined) pages.add(page);
  return [...pages].sort((a, b) => a - b);
}

/**
 * A document's status from its own parts, for a report read back (a shard to merge): a shard's
 * word is not taken for it. An error finding makes it invalid; a reason, unverified.
 */
export function statusFromParts(doc: Document): Document['status'] {
  if (doc.status === 'unreadable') return 'unreadable';
  if (doc.findings.some((finding) => finding.code === 'not-a-decree')) return 'not-a-decree';
  if (doc.findings.some((finding) => finding.severity === 'error')) return 'invalid';
  return (doc.unverified ?? []).length > 0 || !doc.checked ? 'unverified' : 'verified';
}

/** Reasons an audit answers: a claim or rows alone, compared there with another source's. */
const ANSWERED_BY_AUDIT = new Set<UnverifiedReason>(['no-claim', 'no-rows']);

/**
 * A document compared in an audit with other sources of its decree: what it lacked alone (a claim
 * to check its rows against, rows to check its claim against) the audit supplies.
 */
export function auditedDocument(doc: Document): Document {
  const kept = (doc.unverified ?? []).filter((u) => !ANSWERED_BY_AUDIT.has(u.reason));
  if (kept.length === (doc.unverified ?? []).length) return doc;
  const { unverified: _, ...rest } = doc;
  const audited: Document = kept.length > 0 ? { ...rest, unverified: kept } : rest;
  return { ...audited, status: statusFromParts(audited) };
}
