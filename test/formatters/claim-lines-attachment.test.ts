import { describe, expect, it } from 'vitest';
import { run } from '../../src/batch/batch.js';
import { claimLines } from '../../src/formatters/claim-lines.js';
import { formatHtml } from '../../src/formatters/html.js';
import { formatText } from '../../src/formatters/text.js';
import type { Document } from '../../src/model.js';

const SIX = 'fixtures/decrees/split/six';
const FAULT = 'fixtures/decrees/split-fault';
const LAMPIRAN = ['I', 'II', 'III', 'IV', 'V', 'VI'];
const files = (dir: string, without?: string) => [
  `${dir}/keputusan.docx`,
  ...LAMPIRAN.map((n, i) => [n, `${dir}/lampiran-${n}.${i % 2 === 0 ? 'docx' : 'odt'}`])
    .filter(([n]) => n !== without)
    .map(([, file]) => file as string),
];

/** `what@attachment result`, e.g. `attachment@II differs`. */
const shown = (doc: Document | undefined) =>
  doc ? claimLines(doc).map((l) => `${l.what}${l.attachment ? `@${l.attachment}` : ''} ${l.result}`) : [];

describe('the claim lines of a decree that counts per lampiran', () => {
  it('gives a line per lampiran, ✗ exactly where count-mismatch names one', async () => {
    const report = await run(files(FAULT));
    const [doc] = report.documents;
    expect(shown(doc)).toEqual([
      'total match',
      'III match',
      'IV match',
      'fungsional match',
      'attachment@I differs',
      'attachment@II differs',
      'attachment@III match',
      'attachment@IV match',
      'attachment@V match',
      'attachment@VI match',
    ]);
    const differs = claimLines(doc as Document).filter((l) => l.result === 'differs').length;
    expect(differs).toBe(doc?.findings.filter((f) => f.code === 'count-mismatch').length);
    const html = formatHtml(report);
    expect(html).toContain('data-what="attachment"');
    expect(html).toMatch(/Lampiran I<br><span class="note">Jabatan Administrator \(Eselon III\.a\)<\/span>/);
  });

  it('leaves the total, the levels and the missing lampiran unverified when a file is left out', async () => {
    const report = await run(files(SIX, 'IV'));
    const [doc] = report.documents;
    expect(shown(doc)).toEqual([
      'total unverified',
      'III unverified',
      'IV unverified',
      'fungsional unverified',
      'attachment@I match',
      'attachment@II match',
      'attachment@III match',
      'attachment@IV unverified',
      'attachment@V match',
      'attachment@VI match',
    ]);
    expect(claimLines(doc as Document).find((l) => l.attachment === 'IV')?.why).toBe('attachment-missing');
  });

  it('sets the total of a claim that names one lampiran against that lampiran alone', async () => {
    const report = await run(['fixtures/decrees/numbered/two-dicta.docx']);
    const [doc] = report.documents;
    expect(shown(doc)).toEqual(['total@I match', 'total@II match']);
    expect(claimLines(doc as Document).map((l) => l.counted)).toEqual([2, 1]);
    expect(formatHtml(report)).toContain('<strong>total</strong> Lampiran II');
  });

  it("prints each part's lampiran on the text report's claim line", async () => {
    const report = await run(files(SIX));
    const text = formatText(report, { color: false, lang: 'en' });
    expect(text).toContain(
      'Claim:     8 = 1 eselon III (Lampiran I) + 2 eselon III (Lampiran II) + 1 eselon IV (Lampiran III) + 2 eselon IV (Lampiran IV) + 1 fungsional (Lampiran V) + 1 fungsional (Lampiran VI) (page 1)',
    );
  });
});
