import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Document, Finding } from '../../src/model.js';
import { checkInput } from '../../src/run.js';
import { claimShape, expectPlantedFaults, type TruthAppointee, viewAppointee } from './decree-truth.js';

/**
 * Every decree drafted in Writer is also saved as `.docx` and `.odt` by its generator, and must read
 * as its PDF does: against the same truth, with the same findings. Pages are the PDF's business (a
 * draft has no settled pages), so appointees are compared without them.
 */
interface Truth {
  number: string;
  date: string;
  claims: Array<{ total: number; parts: Array<{ level: string; count: number }> }>;
  appointees: TruthAppointee[];
  planted: Array<{ code: string; row?: number }>;
}

const DIRS = ['fixtures/decrees', 'fixtures/decrees/matrix', 'fixtures/decrees/drafts'];
const DRAFTS = DIRS.flatMap((dir) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((file) => /\.(docx|odt)$/.test(file) && existsSync(join(dir, truthName(file))))
        .map((file) => [file, dir] as const)
    : [],
);

function truthName(file: string): string {
  return file.replace(/\.(docx|odt)$/, '.truth.json');
}

const withoutPage = (a: Parameters<typeof viewAppointee>[0]) => ({ ...viewAppointee(a), page: undefined });
const findingKey = (f: Finding) => `${f.severity} ${f.code} row=${f.row ?? '-'} field=${f.field ?? '-'}`;

describe.each(DRAFTS)('draft %s', (file, dir) => {
  const truth: Truth = JSON.parse(readFileSync(join(dir, truthName(file)), 'utf8'));
  let doc: Promise<Document> | undefined;
  const read = () => {
    doc ??= checkInput(join(dir, file));
    return doc;
  };

  it('is read as a decree of its kind, with the number, date and claims of its truth', async () => {
    const { kind, decree, claims } = await read();
    expect(kind).toBe(file.endsWith('.docx') ? 'docx' : 'odt');
    expect(decree).toMatchObject({ number: truth.number, date: truth.date });
    expect(claims.map(claimShape)).toEqual(truth.claims.map(claimShape));
  });

  it('lists every appointee of the lampiran table, cell by cell', async () => {
    const { appointees } = await read();
    expect(appointees.map(withoutPage)).toEqual(truth.appointees.map(withoutPage));
    // The hand-made drafts share a unit cell merged down over two people: each has it.
    const units = truth.appointees.map((a) => a.unit);
    if (units.every((unit) => typeof unit === 'string')) expect(appointees.map((a) => a.unit)).toEqual(units);
  });

  it('finds every planted fault, and no other', async () => {
    const { findings } = await read();
    expectPlantedFaults(findings, truth.planted);
  });

  // The printed decree and its draft give one report: the same findings on the same rows.
  it.runIf(dir === 'fixtures/decrees')('gives the findings of its PDF', async () => {
    const [draft, pdf] = await Promise.all([read(), checkInput(join(dir, file.replace(/\.\w+$/, '.pdf')))]);
    expect(draft.findings.map(findingKey)).toEqual(pdf.findings.map(findingKey));
    expect(draft.counts).toEqual(pdf.counts);
    expect(draft.decree).toEqual(pdf.decree);
  });
});
