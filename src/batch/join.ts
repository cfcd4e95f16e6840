import { attachmentsMissing, claimsAgainstRows, countMismatch } from '../checks/count-mismatch.js';
import { levelsUnknown, levelUnknown } from '../checks/level-unknown.js';
import { nipDuplicate } from '../checks/nip-duplicate.js';
import { statusFromParts } from '../checks/outcome.js';
import type { Observation } from '../checks/rule.js';
import { compareFindings } from '../checks/run-checks.js';
import { isOff, severityOf } from '../checks/settings.js';
import { checkedText, reasonMessage } from '../i18n/outcome.js';
import { saidOf, say, withSaid } from '../i18n/said.js';
import { isDecreeKind, KIND_INFO } from '../kinds.js';
import type { Appointee, Checked, Document, Finding, Unverified } from '../model.js';
import { countAppointees } from '../run.js';
import { sizeOf } from '../spill.js';

/**
 * Offices publish a decree's body and its lampiran as separate files (one per echelon, at times), and
 * the lampiran as a workbook (a sheet each) or a CSV.
 * A body whose lampiran (or some of whose numbered lampiran) are not among its own pages, and
 * lampiran files with no dictum, that name the same SK number (and date, where both have one) are
 * one decree: the body's claims are checked against the rows of all its lampiran, and a part that
 * names a lampiran (`Lampiran II`) against that lampiran's rows. Parts wait until the batch ends (a part may come last);
 * every other document goes out at once, in input order; the joined decrees (where their body
 * came) and the parts left alone follow, in input order.
 */
export class DecreeJoiner {
  readonly #held: Document[] = [];

  /** The documents to write now: this one, or none when it may be part of a decree. */
  take(doc: Document): Document[] {
    if (partOf(doc) === null) return [doc];
    this.#held.push(doc);
    return [];
  }

  /** Every part held, joined where a body found its lampiran. */
  finish(): Document[] {
    const held = this.#held.splice(0);
    const used = new Set<Document>();
    // Each part's role once, and the parts by SK number: an archive holds thousands of parts.
    const part = new Map(held.map((doc) => [doc, partOf(doc)]));
    const byNumber = new Map<string, Document[]>();
    for (const doc of held) {
      const number = doc.decree?.number ?? '';
      const same = byNumber.get(number);
      if (same) same.push(doc);
      else byNumber.set(number, [doc]);
    }
    const ofDecree = (doc: Document, role: Part) =>
      (byNumber.get(doc.decree?.number ?? '') ?? []).filter(
        (other) => !used.has(other) && part.get(other) === role && sameDecree(other, doc),
      );
    const out: Document[] = [];
    for (const doc of held) {
      if (used.has(doc)) continue;
      const role = part.get(doc);
      if (role === 'lampiran') {
        if (ofDecree(doc, 'body').length === 0) out.push(doc); // else it goes out with its body
        continue;
      }
      if (role === 'joined') {
        out.push(doc);
        continue;
      }
      const lampiran = ofDecree(doc, 'lampiran');
      for (const one of [doc, ...lampiran]) used.add(one);
      out.push(lampiran.length > 0 ? joined(doc, lampiran) : doc);
    }
    return out.map((doc) => copyOfJoined(doc, out));
  }
}

/**
 * A body left alone while another copy of its decree (a draft and its signed copy) took the
 * lampiran files: it says so, and which copy, rather than asking for files that were given. A
 * merge of shards says the same, so a sharded run reads as one run.
 */
function copyOfJoined(doc: Document, out: readonly Document[]): Document {
  if (doc.sources || partOf(doc) !== 'body') return doc;
  const copy = out.find((other) => other.sources && other.source !== doc.source && sameDecree(other, doc));
  if (!copy) return doc;
  const unverified = doc.unverified?.map((u) => {
    if (u.reason !== 'attachment-missing' || u.attachments) return u;
    const params = { ...u, copyOf: copy.source };
    return { ...params, message: reasonMessage(params, 'en') };
  });
  return { ...doc, ...(unverified ? { unverified } : {}) };
}

/** A body, a lampiran, or a decree already joined (a shard's, held so that a merge keeps the order). */
type Part = 'body' | 'lampiran' | 'joined';

const reasonsOf = (doc: Document) => new Set((doc.unverified ?? []).map((u) => u.reason));

/** A body waiting for its lampiran, a lampiran waiting for its body, or neither. */
function partOf(doc: Document): Part | null {
  // A shard's joined decree that still waits for a numbered lampiran joins the next shard's file.
  if (doc.sources) return waitsFor(doc) ? 'body' : 'joined';
  if (!doc.decree?.number) return null;
  if (!isDecreeKind(doc.kind)) return isSheetAttachment(doc) ? 'lampiran' : null;
  const reasons = reasonsOf(doc);
  if (
    reasons.has('attachment-missing') &&
    doc.claims.length > 0 &&
    (doc.appointees.length === 0 || waitsFor(doc))
  )
    return 'body';
  if (reasons.has('no-claim') && doc.appointees.length > 0 && doc.claims.length === 0) return 'lampiran';
  return null;
}

/**
 * A workbook sheet or a CSV whose title rows name its decree (`LAMPIRAN ... NOMOR ... TANGGAL ...`):
 * its rows are a lampiran, as a PDF's are. A roster without the number and date (a personnel
 * system's export) is no part of a decree.
 */
function isSheetAttachment(doc: Document): boolean {
  return (
    KIND_INFO[doc.kind].role === 'roster' &&
    Boolean(doc.decree?.date) &&
    reasonsOf(doc).has('no-claim') &&
    doc.appointees.length > 0 &&
    doc.claims.length === 0 &&
    // A lampiran's rows are never spilled (roster/stream.ts); a spilled list is not here to join.
    sizeOf(doc.appointees) === doc.appointees.length &&
    sizeOf(doc.findings) === doc.findings.length
  );
}

/** A body with some of its numbered lampiran among its own pages, waiting for the others' files. */
function waitsFor(doc: Document): boolean {
  return (doc.unverified ?? []).some(
    (u) => u.reason === 'attachment-missing' && (u.attachments ?? []).length > 0,
  );
}

function sameDecree(a: Document, b: Document): boolean {
  const [x, y] = [a.decree, b.decree];
  if (!x?.number || x.number !== y?.number) return false;
  return !x.date || !y.date || x.date === y.date;
}

/** The body with the rows of its lampiran files: one document, its findings and outcome made again. */
function joined(body: Document, lampiran: readonly Document[]): Document {
  // A body holding some of its lampiran (in its pages, or joined in a shard) keeps their rows, first;
  // its counts are compared again over every row, and NIPs across files from its rows on.
  const appointees: Appointee[] = [...body.appointees];
  const findings: Finding[] = body.findings.filter(
    (f) => f.code !== 'attachment-missing' && f.code !== 'count-mismatch',
  );
  for (const part of lampiran) {
    const offset = appointees.length;
    for (const appointee of part.appointees)
      appointees.push({ ...appointee, row: appointee.row + offset, file: part.source });
    for (const finding of part.findings) {
      const moved = {
        ...finding,
        file: part.source,
        ...(finding.row !== undefined ? { row: finding.row + offset } : {}),
      };
      findings.push(withSaid(moved, saidOf(finding)));
    }
    if (!isDecreeKind(part.kind)) findings.push(...sheetLevels(part));
  }
  findings.push(...countsAgainst(body, appointees), ...duplicatesAcross(appointees, body.appointees.length));
  const counts = countAppointees(appointees);
  const compared = body.claims.flatMap((claim, i) => (claim.qualifier ? [] : [i]));
  const reasons = joinedReasons(body, lampiran, counts.byLevel.unknown ?? 0);
  const missing = attachmentsMissing(body.claims, appointees);
  // In the order a document's own reasons come in: after pages without text.
  const at = reasons.findIndex((u) => u.reason !== 'pages-without-text');
  if (missing.length > 0) reasons.splice(at < 0 ? reasons.length : at, 0, missingReason(body, missing));
  const facts = { claims: compared, rows: appointees.length };
  const sources = [...(body.sources ?? [body.source]), ...lampiran.map((part) => part.source)];
  const checked: Checked = {
    ...facts,
    message: checkedText({ kind: body.kind, claims: body.claims, checked: facts, sources, appointees }, 'en'),
  };
  // Keys in the schema's order: a merged shard, parsed by the schema, gives the same bytes.
  const { source, kind, decree, claims, ocr, ocrConfidence } = body;
  const doc: Document = {
    source,
    kind,
    status: body.status,
    sources,
    checked,
    ...(reasons.length > 0 ? { unverified: reasons } : {}),
    decree,
    claims,
    appointees,
    counts,
    findings: byFile(findings, sources),
    ...(ocr ? { ocr } : {}),
    ...(ocrConfidence !== undefined ? { ocrConfidence } : {}),
  };
  return { ...doc, status: statusFromParts(doc) };
}

/** The body's findings first, then each lampiran file's, each in the report's order. */
function byFile(findings: Finding[], sources: readonly string[]): Finding[] {
  const rank = (finding: Finding) => (finding.file ? sources.indexOf(finding.file) : 0);
  return findings.sort((a, b) => rank(a) - rank(b) || compareFindings(a, b));
}

/** Lampiran the body's parts name (`Lampiran IV`) whose files were not among the inputs. */
function missingReason(body: Document, attachments: string[]): Unverified {
  const extra = { ...(body.decree?.number ? { number: body.decree.number } : {}), attachments };
  const reason = 'attachment-missing' as const;
  return { reason, message: reasonMessage({ reason, ...extra }, 'en'), ...extra };
}

/** The body's reasons but the missing lampiran, and the lampiran's but the missing claim. */
function joinedReasons(body: Document, lampiran: readonly Document[], unknown: number): Unverified[] {
  const kept = [...(body.unverified ?? []), ...lampiran.flatMap((part) => part.unverified ?? [])].filter(
    (u) => u.reason !== 'attachment-missing' && u.reason !== 'no-claim' && u.reason !== 'level-unknown',
  );
  const byLevel = body.claims.some(
    (claim) => !claim.qualifier && claim.parts.some((p) => p.level !== 'unknown'),
  );
  if (unknown > 0 && byLevel) {
    const params = { reason: 'level-unknown' as const, count: unknown };
    kept.push({ reason: params.reason, message: reasonMessage(params, 'en'), count: params.count });
  }
  return kept;
}

function finding(
  rule: { code: string; severity: Finding['severity'] },
  spoken: Pick<Observation, 'message' | 'said'>,
  extra: Partial<Finding> = {},
): Finding {
  return withSaid(
    { code: rule.code, severity: severityOf(rule), message: spoken.message, ...extra },
    spoken.said,
  );
}

/** level-unknown of a sheet's rows, as the check says it of a lampiran file's: a roster alone is not held to levels. */
function sheetLevels(part: Document): Finding[] {
  const spoken = isOff(levelUnknown.code) ? null : levelsUnknown(part.appointees);
  return spoken ? [finding(levelUnknown, spoken, { file: part.source })] : [];
}

/** count-mismatch, as the check makes it, of the body's claims against the rows of every lampiran file. */
function countsAgainst(body: Document, appointees: readonly Appointee[]): Finding[] {
  if (isOff(countMismatch.code)) return [];
  return claimsAgainstRows(body.claims, appointees).map(({ message, said, page }) =>
    finding(countMismatch, { message, said }, page !== undefined ? { page } : {}),
  );
}

/**
 * A NIP in two lampiran files of one decree: each file alone could not see it. Rows before `from`
 * are the body's own, already checked among themselves (and across, when joined in a shard).
 */
function duplicatesAcross(appointees: readonly Appointee[], from: number): Finding[] {
  const first = new Map<string, Appointee>();
  const out: Finding[] = [];
  if (isOff(nipDuplicate.code)) return out;
  for (const [i, appointee] of appointees.entries()) {
    if (!appointee.nip) continue;
    const seen = first.get(appointee.nip);
    if (!seen) {
      first.set(appointee.nip, appointee);
      continue;
    }
    if (i < from || seen.file === appointee.file) continue; // the file's own check said so
    const spoken = say('nip-duplicate', { nip: appointee.nip, first: { page: seen.page, row: seen.row } });
    out.push(
      finding(nipDuplicate, spoken, {
        row: appointee.row,
        ...(appointee.page !== undefined ? { page: appointee.page } : {}),
        field: 'nip',
        ...(appointee.file ? { file: appointee.file } : {}),
      }),
    );
  }
  return out;
}
