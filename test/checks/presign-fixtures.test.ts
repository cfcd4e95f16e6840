import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/model.js';
import { checkInput } from '../../src/run.js';

const PRESIGN = ['sk-number-blank', 'date-missing', 'signatory-missing', 'placeholder-left'];
const DRAFTS = 'fixtures/decrees/drafts';
const codesOf = (doc: Document, codes = PRESIGN) =>
  doc.findings.filter((finding) => codes.includes(finding.code)).map((f) => `${f.code} ${f.severity}`);

describe('drafts before signing, read end to end', () => {
  it.each(['docx', 'odt'])(
    'an unfilled petikan template (.%s): placeholder-left in the body and the row',
    async (ext) => {
      const doc = await checkInput(join(DRAFTS, `draft-petikan-template.${ext}`));
      const left = doc.findings.filter((finding) => finding.code === 'placeholder-left');
      expect(left.map((finding) => [finding.severity, finding.row, finding.message])).toEqual([
        ['error', undefined, 'template placeholders left in the body text: {valueNama}, {valueNip}'],
        ['error', 1, 'template placeholders left in NAMA/NIP: {valueNama}, {valueNip}'],
      ]);
      expect(codesOf(doc, ['sk-number-blank', 'date-missing', 'signatory-missing'])).toEqual([]);
    },
  );

  it.each(['docx', 'odt'])(
    'a blank sequence and a blank day (.%s): sk-number-blank twice, date-missing',
    async (ext) => {
      const doc = await checkInput(join(DRAFTS, `draft-blank-number.${ext}`));
      expect(doc.decree?.numberRaw).toBe('188.45/ /BKPP/2016');
      expect(codesOf(doc).sort()).toEqual([
        'date-missing error',
        'sk-number-blank error',
        'sk-number-blank error',
      ]);
      expect(doc.findings.filter((f) => f.code === 'date-missing').map((f) => f.message)).toEqual([
        'the date of signing has no day: pada tanggal ... (month and year only)',
      ]);
      expect(doc.status).toBe('invalid');
    },
  );
});

const DIRS = ['fixtures/decrees', 'fixtures/decrees/matrix', DRAFTS];
const FIXTURES = DIRS.flatMap((dir) =>
  readdirSync(dir)
    .filter((file) => /\.(pdf|docx|odt)$/.test(file))
    .map((file) => join(dir, file)),
);

interface Truth {
  number?: string | null;
  planted?: Array<{ code: string }>;
}

/** A fixture's `<name>.truth.json`, or nothing planted when it has none. */
function truthOf(path: string): Truth {
  const file = path.replace(/\.(pdf|docx|odt)$/, '.truth.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Truth) : {};
}

describe('the pre-signing checks raise no false alarm on the decree fixtures', () => {
  it('reads enough fixtures to mean something', () => {
    expect(FIXTURES.length).toBeGreaterThan(100);
  });

  // The blank-segment grammar must not make the number reader pick another number either.
  it('fires none of the four codes a fixture does not plant, and reads the numbers of its truth', async () => {
    const unexpected: string[] = [];
    for (const path of FIXTURES) {
      const doc = await checkInput(path);
      const truth = truthOf(path);
      const allowed = (truth.planted ?? []).map((fault) => fault.code);
      for (const finding of doc.findings)
        if (PRESIGN.includes(finding.code) && !allowed.includes(finding.code))
          unexpected.push(`${path}: ${finding.code}: ${finding.message}`);
      const number = doc.decree?.number;
      if (number && truth.number !== undefined && number !== truth.number)
        unexpected.push(`${path}: number ${number}, truth ${truth.number}`);
    }
    expect(unexpected).toEqual([]);
  }, 300_000);
});
