import { attachmentLevelDiffers, rowsOfClaim } from '../checks/count-mismatch.js';
import type { Level } from '../domain/level.js';
import { isDecreeKind } from '../kinds.js';
import type { Claim, Document } from '../model.js';

/** Why a claim line could not be checked against the rows (the HTML table says it per line). */
export type LineDoubt =
  | 'attachment-uncertain'
  | 'attachment-missing'
  | 'no-attachment'
  | 'qualified'
  | 'level-unknown';

/** One line of a claim set against what the lampiran lists: the total, or one level's part. */
export interface ClaimLine {
  /** Index of the claim in `doc.claims`. */
  claim: number;
  /**
   * `total`, the level of a part (parts of one level are added up, as count-mismatch does), or
   * `attachment`: the parts that name one lampiran (`attachment` says which), against its rows.
   */
  what: 'total' | Level | 'attachment';
  /** The lampiran's numeral (`II`) of an `attachment` line, or of a total that names one lampiran. */
  attachment?: string;
  /** The labels of the parts this line adds up (`Jabatan Administrator (Eselon III)`); none for a total. */
  labels: string[];
  said: number;
  /** What the lampiran lists; null when nothing was counted that could be set against the claim. */
  counted: number | null;
  result: 'match' | 'differs' | 'unverified';
  why?: LineDoubt;
}

/** Findings that mean the lampiran was not read well enough to vouch for any count (as the text report). */
const UNVERIFIED: ReadonlySet<string> = new Set(['attachment-uncertain', 'attachment-missing']);

/**
 * Each claim of a document against the rows of its lampiran, line by line, by the rule count-mismatch
 * applies: a ✗ here is a count-mismatch finding there. A press text has no lampiran; a lampiran read
 * without confidence vouches for nothing, so its lines are unverified rather than matched.
 */
export function claimLines(doc: Document): ClaimLine[] {
  const doubt = doc.findings.find((f) => UNVERIFIED.has(f.code))?.code as LineDoubt | undefined;
  const noAttachment: LineDoubt | undefined = isDecreeKind(doc.kind) ? undefined : 'no-attachment';
  const lines: ClaimLine[] = [];
  const listed = new Map<string, number>();
  for (const { attachment } of doc.appointees)
    if (attachment !== undefined) listed.set(attachment, (listed.get(attachment) ?? 0) + 1);
  doc.claims.forEach((claim, index) => {
    const why = noAttachment ?? doubt ?? (claim.qualifier ? 'qualified' : undefined);
    // A claim naming one lampiran counts its rows alone, as count-mismatch does.
    const scope = listed.size > 0 ? claim.attachment : undefined;
    const rows = rowsOfClaim(claim, doc.appointees);
    const named =
      listed.size > 0 && scope === undefined ? partsByAttachment(claim) : new Map<string, Tally>();
    // A lampiran the claim names that was not read: the total and the levels lack its rows.
    const short = [...named.keys(), ...(scope ? [scope] : [])].some((numeral) => !listed.has(numeral));
    const whole = why ?? (short ? 'attachment-missing' : undefined);
    const total = line(index, 'total', [], claim.total, scope ? rows.length : doc.counts.total, whole);
    lines.push(scope ? { ...total, attachment: scope } : total);
    for (const [level, part] of partsByLevel(claim)) {
      const counted = scope
        ? rows.filter((row) => row.level === level).length
        : (doc.counts.byLevel[level] ?? 0);
      lines.push(line(index, level, part.labels, part.count, counted, whole ?? levelDoubt(level)));
    }
    for (const [numeral, part] of named) {
      const read = listed.has(numeral) ? undefined : 'attachment-missing';
      const counted = listed.get(numeral) ?? 0;
      const shown = line(index, 'attachment', part.labels, part.count, counted, why ?? read);
      // As many rows as said, but of other levels: count-mismatch says so, and so does the line.
      const mixed =
        shown.result === 'match' && attachmentLevelDiffers(claim, numeral, doc.appointees) !== null;
      lines.push({ ...shown, ...(mixed ? { result: 'differs' as const } : {}), attachment: numeral });
    }
  });
  return lines;
}

interface Tally {
  count: number;
  labels: string[];
}

/** The parts that name a lampiran, added up per lampiran in the order they first name it. */
function partsByAttachment(claim: Claim): Map<string, Tally> {
  const parts = new Map<string, Tally>();
  for (const part of claim.parts) {
    if (part.attachment === undefined) continue;
    const entry = parts.get(part.attachment) ?? { count: 0, labels: [] };
    entry.count += part.count;
    entry.labels.push(part.label);
    parts.set(part.attachment, entry);
  }
  return parts;
}

function levelDoubt(level: Level): LineDoubt | undefined {
  return level === 'unknown' ? 'level-unknown' : undefined;
}

function partsByLevel(claim: Claim): Map<Level, Tally> {
  const parts = new Map<Level, Tally>();
  for (const part of claim.parts) {
    const entry = parts.get(part.level) ?? { count: 0, labels: [] };
    entry.count += part.count;
    entry.labels.push(part.label);
    parts.set(part.level, entry);
  }
  return parts;
}

function line(
  claim: number,
  what: ClaimLine['what'],
  labels: string[],
  said: number,
  counted: number,
  why: LineDoubt | undefined,
): ClaimLine {
  if (why === 'no-attachment' || why === 'attachment-missing')
    return { claim, what, labels, said, counted: null, result: 'unverified', why };
  if (why) return { claim, what, labels, said, counted, result: 'unverified', why };
  return { claim, what, labels, said, counted, result: said === counted ? 'match' : 'differs' };
}
