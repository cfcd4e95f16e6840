import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script, also run by hand (npm run fuzz)
import { fuzz, mutant, prng, violations } from './fuzz.mjs';

describe('fuzzing the CLI (short, seeded run; npm run fuzz for a long one)', () => {
  it('every mutated fixture ends with exit 0, 1 or 2, one-line errors and a finding code', async () => {
    // 20 inputs of this seed apply each of the nine mutations, to 11 of the 18 fixtures (PDFs, scans,
    // CSVs and a TSV), in two processes; 40 found nothing more and took twice the time. The long run
    // is `npm run fuzz` (200 inputs, any seed).
    const result = await fuzz({ seed: 20260206, count: 20, batch: 10 });
    expect(result.tried).toBe(20);
    expect(result.failures).toEqual([]);
  }, 120_000);

  it('is repeatable: a seed gives the same inputs', () => {
    const seeds = [{ name: 'a.csv', bytes: Buffer.from('No;Nama;NIP\n1;Budi;197005121995031002\n') }];
    const names = (seed: number) => {
      const r = prng(seed);
      return Array.from({ length: 20 }, (_, i) => mutant(r, seeds, i)) as Array<{
        name: string;
        bytes: Buffer;
      }>;
    };
    const [first, again, other] = [names(5), names(5), names(6)];
    expect(again.map((m) => m.bytes.toString('base64'))).toEqual(
      first.map((m) => m.bytes.toString('base64')),
    );
    expect(other.map((m) => m.name)).not.toEqual(first.map((m) => m.name));
  });

  it('its invariants catch a stack trace, a bad exit code and an unexplained unreadable input', () => {
    const report = (status: string) =>
      JSON.stringify({
        documents: [{ source: 'x.pdf', status, findings: [] }],
        summary: { unreadable: status === 'unreadable' ? 1 : 0 },
      });
    const ok = { code: 0, hung: false, stdout: report('ok'), stderr: '' };
    expect(violations(ok, ['x.pdf'])).toEqual([]);
    expect(
      violations({ ...ok, stderr: 'TypeError: boom\n    at read (x.js:1:1)\n' }, ['x.pdf']),
    ).toHaveLength(2);
    expect(violations({ ...ok, code: 134 }, ['x.pdf'])).not.toEqual([]);
    expect(violations({ ...ok, code: 2, stdout: report('unreadable') }, ['x.pdf'])).not.toEqual([]);
    expect(violations({ ...ok, hung: true }, ['x.pdf'])).not.toEqual([]);
  });
});
