import type { Level } from '../domain/level.js';
import { say } from '../i18n/said.js';
import type { Claim } from '../model.js';
import { defineRule, type Observation } from './rule.js';

export const countMismatch = defineRule({
  code: 'count-mismatch',
  severity: 'error',
  description:
    "The attachment's rows, in total, per level or per numbered lampiran, differ from what a claim in the decree says.",
  why: 'The dictum is what is signed; the lampiran is what is executed. If they differ, someone is appointed who should not be, or the other way round.',
  example: 'the decree says 41 appointees, the lampiran lists 40',
  run(doc, report) {
    if (!doc.decreeParts?.attachment.found) return;
    for (const observation of claimsAgainstRows(
      doc.claims,
      doc.records.map((record) => record.appointee),
    ))
      report(observation);
  },
});

/** A row as the comparison needs it: its level, and the numbered lampiran it is listed in. */
export interface CountedRow {
  level: Level;
  attachment?: string | undefined;
}

/**
 * Each lampiran a claim's parts name (`Lampiran II`), with the people they say it lists, in order;
 * a claim whose sentence names one lampiran, that one with its total.
 */
export function claimedAttachments(
  claim: Pick<Claim, 'parts' | 'total' | 'attachment'>,
): Map<string, number> {
  const claimed = new Map<string, number>();
  if (claim.attachment !== undefined) return claimed.set(claim.attachment, claim.total);
  for (const part of claim.parts)
    if (part.attachment !== undefined)
      claimed.set(part.attachment, (claimed.get(part.attachment) ?? 0) + part.count);
  return claimed;
}

/** The rows a claim counts: a claim naming one lampiran, that lampiran's, where rows say theirs. */
export function rowsOfClaim<T extends CountedRow>(
  claim: Pick<Claim, 'attachment'>,
  rows: readonly T[],
): readonly T[] {
  if (claim.attachment === undefined || !rows.some((row) => row.attachment !== undefined)) return rows;
  return rows.filter((row) => row.attachment === claim.attachment);
}

/** The lampiran the rows were read from, by numeral, with how many rows each lists. */
function listedAttachments(rows: readonly CountedRow[]): Map<string, number> {
  const listed = new Map<string, number>();
  for (const { attachment } of rows)
    if (attachment !== undefined) listed.set(attachment, (listed.get(attachment) ?? 0) + 1);
  return listed;
}

/**
 * The first level a lampiran lists a different number of than its parts say, when it lists as many
 * people as they say (someone of another level in their place: Lampiran I's eselon III post held
 * by an eselon IV row, and the other way round in Lampiran III). Parts of unknown level say nothing.
 */
export function attachmentLevelDiffers(
  claim: Pick<Claim, 'parts' | 'attachment'>,
  attachment: string,
  rows: readonly CountedRow[],
): { level: Level; claimed: number; listed: number } | null {
  const claimed = new Map<Level, number>();
  for (const part of claim.parts)
    if ((part.attachment ?? claim.attachment) === attachment && part.level !== 'unknown')
      claimed.set(part.level, (claimed.get(part.level) ?? 0) + part.count);
  for (const [level, count] of claimed) {
    const listed = rows.filter((row) => row.attachment === attachment && row.level === level).length;
    if (listed !== count) return { level, claimed: count, listed };
  }
  return null;
}

/**
 * The lampiran a claim names whose rows were not read (`Lampiran IV` of I-VI, its file not among
 * the inputs), when the rows do say which lampiran they are in: the claim cannot be verified.
 */
export function attachmentsMissing(claims: readonly Claim[], rows: readonly CountedRow[]): string[] {
  const listed = listedAttachments(rows);
  if (listed.size === 0) return [];
  const missing = new Set<string>();
  for (const claim of claims) {
    if (claim.qualifier) continue;
    for (const numeral of claimedAttachments(claim).keys()) if (!listed.has(numeral)) missing.add(numeral);
  }
  return [...missing];
}

/**
 * Each claim against the rows listed, in total and per level (parts of one level added up), and
 * each part that names a lampiran against that lampiran's rows (their number, then their levels),
 * where the rows say which lampiran they are in. A qualified claim (`sekitar`) is not held to exact counts; a claim naming a lampiran
 * whose rows were not read is held only per lampiran (its total and levels lack those rows). The
 * joiner of a decree in several files uses it too, on the rows of all its lampiran.
 */
export function claimsAgainstRows(claims: readonly Claim[], rows: readonly CountedRow[]): Observation[] {
  const listed = new Map<Level, number>();
  for (const { level } of rows) listed.set(level, (listed.get(level) ?? 0) + 1);
  const inAttachment = listedAttachments(rows);
  const out: Observation[] = [];
  for (const claim of inAttachment.size > 0 ? claims : withScopedSummed(claims)) {
    if (claim.qualifier) continue;
    // A claim naming one lampiran (its parts naming none) is that lampiran's total, said below.
    if (claim.attachment !== undefined && inAttachment.size > 0) {
      out.push(...scopedAgainstRows(claim, claim.attachment, rows, inAttachment));
      continue;
    }
    let incomplete = false;
    if (inAttachment.size > 0)
      for (const [attachment, count] of claimedAttachments(claim)) {
        const listedIn = inAttachment.get(attachment);
        const level = listedIn === count ? attachmentLevelDiffers(claim, attachment, rows) : null;
        if (listedIn === undefined) incomplete = true;
        else if (listedIn !== count)
          out.push({
            page: claim.page,
            ...say('count-mismatch/attachment', { attachment, claimed: count, listed: listedIn }),
          });
        else if (level)
          out.push({ page: claim.page, ...say('count-mismatch/attachment-level', { attachment, ...level }) });
      }
    if (incomplete) continue;
    if (claim.total !== rows.length)
      out.push({
        page: claim.page,
        ...say('count-mismatch/total', { claimed: claim.total, listed: rows.length }),
      });
    for (const [level, count] of levelsClaimed(claim)) {
      const listedAt = listed.get(level) ?? 0;
      if (listedAt !== count)
        out.push({
          page: claim.page,
          ...say('count-mismatch/level', { claimed: count, level, listed: listedAt }),
        });
    }
  }
  return out;
}

/**
 * Where the rows do not say their lampiran (unnumbered headings, a page the reader could not cut),
 * claims that each name one lampiran (`KESATU ... 29 orang ... Lampiran I; KEDUA ... 12 orang ...
 * Lampiran II`) are held to the rows together, as one claim of their sum: each against all 41 rows
 * would be two false mismatches.
 */
function withScopedSummed(claims: readonly Claim[]): readonly Claim[] {
  const scoped = claims.filter((claim) => !claim.qualifier && claim.attachment !== undefined);
  if (scoped.length < 2) return claims;
  const [first] = scoped;
  const sum: Claim = {
    ...(first as Claim),
    attachment: undefined,
    total: scoped.reduce((n, claim) => n + claim.total, 0),
    parts: scoped.flatMap((claim) => claim.parts),
  };
  return [...claims.filter((claim) => !scoped.includes(claim)), sum];
}

/**
 * A claim naming one lampiran against that lampiran's rows, as a claim against a whole lampiran:
 * its total, and each level its parts give.
 */
function scopedAgainstRows(
  claim: Claim,
  attachment: string,
  rows: readonly CountedRow[],
  inAttachment: ReadonlyMap<string, number>,
): Observation[] {
  const listed = inAttachment.get(attachment);
  if (listed === undefined) return []; // not read: the claim is unverified, not wrong
  const out: Observation[] = [];
  if (listed !== claim.total)
    out.push({
      page: claim.page,
      ...say('count-mismatch/attachment', { attachment, claimed: claim.total, listed }),
    });
  const scoped = rows.filter((row) => row.attachment === attachment);
  for (const [level, claimed] of levelsClaimed(claim)) {
    const at = scoped.filter((row) => row.level === level).length;
    if (at !== claimed)
      out.push({
        page: claim.page,
        ...say('count-mismatch/attachment-level', { attachment, level, claimed, listed: at }),
      });
  }
  return out;
}

/** The parts' counts by level (parts of one level added up; parts of unknown level left out). */
function levelsClaimed(claim: Pick<Claim, 'parts'>): Map<Level, number> {
  const claimed = new Map<Level, number>();
  for (const part of claim.parts)
    if (part.level !== 'unknown') claimed.set(part.level, (claimed.get(part.level) ?? 0) + part.count);
  return claimed;
}
