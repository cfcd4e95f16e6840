import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/batch/batch.js';
import { DecreeJoiner } from '../../src/batch/join.js';
import type { Document } from '../../src/model.js';
import { checkedDocument, checkInputs } from '../../src/run.js';
import { claimOf, decreeDoc } from '../checks/decree-doc.js';

/** What `make-lists.mjs` laid out in each list of the sworn-in, and what sk-check must read. */
interface Truth {
  file: string;
  pages: number;
  documents: Array<{
    source: string;
    number: string;
    date: string;
    status: string;
    unverified: string[];
    appointees: Array<Record<string, unknown>>;
    planted: Array<{ row: number; code: string }>;
  }>;
}

const DIR = 'fixtures/decrees/lists';
// A scan's truth names its source's instead (test/ocr/list-scan.test.ts reads it).
const truths = readdirSync(DIR)
  .filter((file) => file.endsWith('.truth.json'))
  .map((file) => JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Truth | { scanOf: string })
  .filter((truth): truth is Truth => !('scanOf' in truth));
const path = (truth: Truth) => join(DIR, truth.file);

/** The fields the truth gives of each appointee, from what sk-check read. */
const fields = (doc: Document) =>
  doc.appointees.map(({ row, nameRaw, nip, nipRaw, grade, echelon, positionNew }) => ({
    row,
    nameRaw,
    nip,
    ...(nipRaw ? { nipRaw } : {}),
    grade,
    echelon,
    positionNew,
  }));

describe('a list of the sworn-in: one lampiran per decree its group lines name', () => {
  it('has the ruled Calc print, the borderless one, the Chromium one and Writer files, over several pages', () => {
    expect(truths.map((truth) => truth.file).sort()).toEqual([
      'sworn-in-calc.pdf',
      'sworn-in-chromium.pdf',
      'sworn-in-merged.docx',
      'sworn-in-merged.odt',
      'sworn-in-plain.pdf',
      'sworn-in-tables.docx',
      'sworn-in-tables.odt',
    ]);
    for (const truth of truths) expect(truth.pages).toBeGreaterThanOrEqual(3);
  });

  it.each(truths)('$file: each decree with its number, date and people, exactly', async (truth) => {
    const docs = await checkInputs(path(truth));
    const sources = truth.documents.map((doc) => doc.source.replace(truth.file, path(truth)));
    expect(docs.map((doc) => doc.source)).toEqual(sources);
    docs.forEach((doc, i) => {
      const want = truth.documents[i];
      expect([doc.kind, doc.decree?.number, doc.decree?.numberRaw, doc.decree?.date]).toEqual([
        extname(truth.file).slice(1),
        want?.number,
        want?.number,
        want?.date,
      ]);
      expect(fields(doc)).toEqual(want?.appointees);
      expect(doc.claims).toEqual([]);
    });
  });

  it.each(truths)('$file: every planted fault in its decree, and nothing else', async (truth) => {
    const { documents } = await run([path(truth)]);
    expect(documents.map((doc) => doc.findings.map((f) => `${f.code}@${f.row}`))).toEqual(
      truth.documents.map((doc) => doc.planted.map((p) => `${p.code}@${p.row}`)),
    );
    expect(documents.map((doc) => [doc.status, doc.unverified?.map((u) => u.reason)])).toEqual(
      truth.documents.map((doc) => [doc.status, doc.unverified]),
    );
  });

  it('names the other decree of the list a NIP was first sworn in under', async () => {
    const truth = truths[0] as Truth;
    const { documents } = await run([path(truth)]);
    const across = documents.flatMap((doc) => doc.findings).find((f) => f.code === 'nip-duplicate-across');
    expect(across?.sources).toEqual([`${path(truth)}#${truth.documents[0]?.number}`]);
  });

  it('gives the same documents whatever the number of jobs', async () => {
    const files = truths.map(path);
    const [one, two] = await Promise.all([run(files, { jobs: 1 }), run(files, { jobs: 2 })]);
    expect(JSON.stringify(two.documents)).toBe(JSON.stringify(one.documents));
    // Every decree of every list, with its people; each list plants faults in each of its decrees.
    const decrees = truths.flatMap((truth) => truth.documents);
    expect(one.summary).toMatchObject({
      documents: decrees.length,
      invalid: decrees.length,
      appointees: decrees.reduce((n, decree) => n + decree.appointees.length, 0),
    });
  });

  it("pairs a decree's group with its body when the body is among the inputs", async () => {
    const truth = truths[0] as Truth;
    const [group] = await checkInputs(path(truth));
    const want = truth.documents[0];
    if (!group || !want) throw new Error('no group');
    const body = checkedDocument({
      ...decreeDoc({
        records: [],
        claims: [claimOf(want.appointees.length)],
        found: false,
        number: want.number,
        date: want.date,
      }),
      source: 'body.pdf',
    });
    const joiner = new DecreeJoiner();
    const out = [...joiner.take(body), ...joiner.take(group), ...joiner.finish()];
    expect(out.map((doc) => [doc.source, doc.sources])).toEqual([['body.pdf', ['body.pdf', group.source]]]);
    expect(out[0]?.checked).toMatchObject({ claims: [0], rows: want.appointees.length });
    expect(out[0]?.findings.map((f) => [f.code, f.file, f.row])).toEqual(
      want.planted.map((p) => [p.code, group.source, p.row]),
    );
  });
});
