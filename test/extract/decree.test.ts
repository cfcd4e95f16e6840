import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/model.js';
import { checkInput } from '../../src/run.js';
import { claimShape, expectPlantedFaults, type TruthAppointee, viewAppointee } from './decree-truth.js';

/**
 * Each decree fixture comes with the truth its generator wrote (`<name>.truth.json`): what was put
 * into the document, not what sk-check read from it. Extraction is compared against that truth.
 */
const DIR = 'fixtures/decrees';
const NAMES = existsSync(DIR)
  ? readdirSync(DIR)
      .filter((file) => file.endsWith('.truth.json'))
      .map((file) => file.replace('.truth.json', ''))
  : [];

interface Truth {
  unreadable?: string;
  number: string;
  date: string;
  place: string;
  issuer: string;
  subject: string;
  signatory: string;
  claims: Array<{ total: number; parts: Array<{ level: string; count: number }> }>;
  attachment: { number: string; date: string; pages: number[] };
  appointees: TruthAppointee[];
  planted: Array<{ code: string; row?: number }>;
}

const truthOf = (name: string): Truth => JSON.parse(readFileSync(join(DIR, `${name}.truth.json`), 'utf8'));
const cache = new Map<string, Promise<Document>>();
const read = (name: string, password?: string) => {
  const key = `${name}:${password ?? ''}`;
  if (!cache.has(key)) cache.set(key, checkInput(join(DIR, `${name}.pdf`), { pdf: { password } }));
  return cache.get(key) as Promise<Document>;
};

describe.each(NAMES.filter((name) => !truthOf(name).unreadable))('decree fixture %s', (name) => {
  const truth = truthOf(name);

  it('reads the header', async () => {
    const { decree } = await read(name);
    expect(decree).toMatchObject({
      number: truth.number,
      date: truth.date,
      place: truth.place,
      issuer: truth.issuer,
      subject: truth.subject,
      signatory: truth.signatory,
    });
  });

  it('reads the claims in the dicta', async () => {
    const { claims } = await read(name);
    expect(claims.map(claimShape)).toEqual(truth.claims.map(claimShape));
  });

  it('lists every appointee of the attachment, across pages', async () => {
    const { appointees } = await read(name);
    expect(appointees).toHaveLength(truth.appointees.length);
    expect(appointees.map(viewAppointee)).toEqual(truth.appointees.map(viewAppointee));
  });

  it('finds every planted fault, and no other', async () => {
    const { findings } = await read(name);
    expectPlantedFaults(findings, truth.planted);
  });
});

describe.each(NAMES.filter((name) => truthOf(name).unreadable))('unreadable fixture %s', (name) => {
  it('is unreadable with the right code', async () => {
    const doc = await read(name);
    expect(doc.status).toBe('unreadable');
    expect(doc.findings.map((f) => f.code)).toEqual([truthOf(name).unreadable]);
  });
});

describe('encrypted decrees', () => {
  it('the right --password opens it, and it reads like the sample it was made from', async () => {
    const doc = await read('decree-encrypted', 'rahasia');
    expect(doc.status).toBe('verified');
    expect(doc.appointees).toHaveLength(truthOf('sample-decree').appointees.length);
  });

  it('a wrong password is pdf-encrypted with a message that says so', async () => {
    const doc = await read('decree-encrypted', 'salah');
    expect(doc.findings).toEqual([
      expect.objectContaining({
        code: 'pdf-encrypted',
        message: expect.stringMatching(/password given is wrong/),
      }),
    ]);
  });
});

const GOLDEN = 'test/golden/decrees';

/** The whole document as read, reviewed once; UPDATE_GOLDEN=1 rewrites it after a deliberate change. */
describe.each(NAMES)('golden report of %s', (name) => {
  it('matches the reviewed JSON', async () => {
    const doc = await read(name);
    const file = join(GOLDEN, `${name}.json`);
    if (process.env.UPDATE_GOLDEN) {
      mkdirSync(GOLDEN, { recursive: true });
      writeFileSync(file, `${JSON.stringify(doc, null, 2)}\n`);
    }
    expect(doc).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  });
});
