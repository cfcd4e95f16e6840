import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/batch/batch.js';
import { DecreeJoiner } from '../../src/batch/join.js';
import type { Document } from '../../src/model.js';
import { checkedDocument } from '../../src/run.js';
import { claimOf, decreeDoc } from '../checks/decree-doc.js';
import { hasOcr } from '../helpers.js';

const DIR = 'fixtures/decrees/lists';

interface ScanTruth {
  scanOf: string;
  truth: string;
  pages: number;
}
interface ListTruth {
  documents: Array<{
    number: string;
    date: string;
    appointees: Array<{ nip: string | null }>;
    planted: Array<{ row: number; code: string }>;
  }>;
}

const json = <T>(file: string): T => JSON.parse(readFileSync(join(DIR, file), 'utf8')) as T;
const scan = json<ScanTruth>('sworn-in-calc-scan.truth.json');
const truth = json<ListTruth>(scan.truth);

/**
 * A scanned list of the sworn-in (3 pages, three decree groups), read with --ocr. What OCR reads
 * reliably is asserted exactly: the groups, their dates, their rows and every NIP. What it does not
 * (the SK numbers: `III` read as `!1!`, `800` as `100`) must never pass as read: a number holding
 * characters no SK number has is either repaired from OCR's I look-alikes (`!1!` -> `III`, the read
 * kept in `numberRaw` and an `ocr-used` note naming both) or flagged (`attachment-uncertain`, naming
 * the number as read); a group whose number is not the printed one is unverified, never verified,
 * and a list alone (no dictum beside it) is never verified at all.
 */
/** Whether the segments after the sequence differ from the printed ones only by I's read as `!`, `1`, `l`, `|`, `i`. */
function readAsLookAlikes(raw: string, printed: string): boolean {
  const [read, want] = [raw, printed].map((number) => number.split('/').slice(2));
  if (!read || !want || read.length !== want.length || read.join('/') === want.join('/')) return false;
  return read.every((segment, k) => {
    const printedSegment = want[k] ?? '';
    return (
      segment.length === printedSegment.length &&
      segment.replace(/[!|lI1i]/g, '') === printedSegment.replace(/I/g, '')
    );
  });
}

describe.skipIf(!hasOcr)('sk-check --ocr on a scanned list of the sworn-in', () => {
  let report: ReturnType<typeof run> | undefined;
  // One OCR run for every test: it takes seconds a page.
  const documents = async () => {
    report ??= run([join(DIR, 'sworn-in-calc-scan.pdf')], {
      pdf: { ocr: { when: 'auto', pageTimeout: 0 } },
      // No time limit: on a busy machine one page can take a minute (the limits have their own tests).
      limits: { timeout: 0 },
      jobs: 2,
    });
    return (await report).documents;
  };

  it('finds every group in order, with its date, as many rows as printed and every NIP exact', {
    timeout: 180_000,
  }, async () => {
    const docs = await documents();
    expect(docs.map((doc) => doc.decree?.date)).toEqual(truth.documents.map((doc) => doc.date));
    expect(docs.map((doc) => doc.appointees.map((a) => a.nip))).toEqual(
      truth.documents.map((doc) => doc.appointees.map((a) => a.nip)),
    );
    for (const doc of docs) expect(doc.ocr).toBe(true);
  });

  it('finds every fault planted in the list', { timeout: 180_000 }, async () => {
    const docs = await documents();
    docs.forEach((doc, i) => {
      const found = doc.findings.map((f) => `${f.code}@${f.row}`);
      for (const planted of truth.documents[i]?.planted ?? [])
        expect(found).toContain(`${planted.code}@${planted.row}`);
    });
  });

  it('names a group by its SK number as printed, as repaired and said so, or flags it', {
    timeout: 180_000,
  }, async () => {
    const docs = await documents();
    const said = (doc: Document, code: string, text: string) =>
      doc.findings.some((f) => f.code === code && f.message.includes(text));
    const flagged = (doc: Document) =>
      doc.unverified?.some((u) => u.reason === 'attachment-uncertain') === true &&
      said(doc, 'attachment-uncertain', `'${doc.decree?.numberRaw}'`);
    const repaired = (doc: Document) =>
      said(doc, 'ocr-used', `read by OCR as ${doc.decree?.numberRaw}, taken as ${doc.decree?.number}`);
    const NOT_IN_SK_NUMBER = /[^\p{L}\p{N}./\-\s()]/u;
    docs.forEach((doc, i) => {
      const printed = truth.documents[i]?.number ?? '';
      const number = doc.decree?.number ?? '';
      const raw = doc.decree?.numberRaw ?? '';
      // Whatever OCR made of it, no character an SK number never has is taken as its number.
      if (!flagged(doc)) expect(number, doc.source).not.toMatch(NOT_IN_SK_NUMBER);
      if (NOT_IN_SK_NUMBER.test(raw)) expect(flagged(doc) || repaired(doc), doc.source).toBe(true);
      // A repair gives back what it repairs (the unit's Roman suffix); a digit read as another digit
      // (`800` as `100`) it does not touch, so it is said, never silent.
      if (repaired(doc)) expect(number.split('/').slice(2), doc.source).toEqual(printed.split('/').slice(2));
      if (number !== printed) expect(flagged(doc) || repaired(doc), doc.source).toBe(true);
      // Where OCR read the printed unit's I's as look-alikes (`BKPSDM-!1!`) and nothing else after the
      // sequence, the group is repaired to what was printed there, and not flagged.
      if (readAsLookAlikes(raw, printed)) {
        expect(repaired(doc) && !flagged(doc), doc.source).toBe(true);
        expect(number.split('/').slice(2), doc.source).toEqual(printed.split('/').slice(2));
      }
      expect(doc.unverified?.length ?? 0, doc.source).toBeGreaterThan(0);
    });
    // A list alone has no dictum to check its rows against; a repaired number is a guess besides.
    expect(docs.every((doc) => doc.status !== 'verified')).toBe(true);
  });

  it('a repaired group pairs with a body of the number as printed, and only with that', {
    timeout: 180_000,
  }, async () => {
    const docs = await documents();
    const bodyOf = (number: string, date: string, rows: number) =>
      checkedDocument({
        ...decreeDoc({ records: [], claims: [claimOf(rows)], found: false, number, date }),
        source: 'body.pdf',
      });
    const pair = (body: Document, group: Document) => {
      const joiner = new DecreeJoiner();
      return [...joiner.take(body), ...joiner.take(group), ...joiner.finish()];
    };
    let checked = 0;
    docs.forEach((group, i) => {
      const want = truth.documents[i];
      const repaired = group.findings.some((f) => f.code === 'ocr-used' && f.message.includes('taken as'));
      if (!want || !repaired) return;
      checked++;
      const joined = pair(bodyOf(want.number, want.date, want.appointees.length), group);
      // Joined exactly when the repaired number is the printed one (not `100/...` for `800/...`).
      const paired = joined.some((doc) => doc.sources?.includes(group.source) === true);
      expect(paired, group.source).toBe(group.decree?.number === want.number);
      if (!paired) return;
      expect(joined[0]?.checked?.claims, group.source).toEqual([0]);
      expect(joined[0]?.unverified?.map((u) => u.reason) ?? [], group.source).not.toContain('no-claim');
      // A body whose number differs in the repaired segment takes no group.
      const other = want.number.replace('-III/', '-II/');
      expect(pair(bodyOf(other, want.date, want.appointees.length), group)).toHaveLength(2);
    });
    expect(docs.some((doc, i) => doc.decree?.number === truth.documents[i]?.number)).toBe(true);
    // The pinned tesseract reads the unit's III as look-alikes (docs/ocr.md): the loop above must
    // have held at least one repaired group to a body, or it checked nothing.
    expect(checked, 'repaired groups held to a body').toBeGreaterThan(0);
  });
});
