import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/batch/batch.js';
import type { Document } from '../../src/model.js';
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
 * (the SK numbers: `III` read as `!1!`, `800` as `100`) must never pass as read: a group whose number
 * is not the printed one is flagged (`attachment-uncertain`, naming the number as read) and so is
 * unverified, never verified.
 */
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

  it('names a group by its SK number only when read as printed; otherwise flags it', {
    timeout: 180_000,
  }, async () => {
    const docs = await documents();
    const flagged = (doc: Document) =>
      doc.status !== 'verified' &&
      doc.unverified?.some((u) => u.reason === 'attachment-uncertain') === true &&
      doc.findings.some(
        (f) => f.code === 'attachment-uncertain' && f.message.includes(`'${doc.decree?.numberRaw}'`),
      );
    docs.forEach((doc, i) => {
      const printed = truth.documents[i]?.number;
      if (doc.decree?.number !== printed) expect(flagged(doc), doc.source).toBe(true);
    });
    expect(docs.every((doc) => doc.status !== 'verified')).toBe(true);
  });
});
