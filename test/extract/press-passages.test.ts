import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { numberToWords } from '../../src/domain/number-words.js';
import { sentences } from '../../src/extract/press-sentences.js';
import type { Claim } from '../../src/model.js';
import { checkInput } from '../../src/run.js';

/** A passage written in the style of one outlet, and what the press reader must read from it. */
interface Passage {
  id: string;
  outlet: string;
  /** Paragraphs, written to a .txt with a blank line between them. */
  text: string[];
  truth: {
    claims: string[];
    number: string | null;
    date: string | null;
    findings?: string[];
    /** Counts kept out of the claims, `32 proposed`, in the order of the text. */
    setAside?: string[];
  };
  /** Phrases of sentences that hold other counts: no claim may be taken from them. */
  distractors: string[];
}

const PASSAGES: Passage[] = JSON.parse(readFileSync('fixtures/press/passages/passages.json', 'utf8'));

/** `292 = 200 III + 85 IV + 7 fungsional`, with `~` / `>=` / `>` / `<=` for a qualifier. */
function shape(claim: Claim): string {
  const mark = { approximately: '~', 'at-least': '>=', 'more-than': '>', 'at-most': '<=' };
  const total = `${claim.qualifier ? mark[claim.qualifier] : ''}${claim.total}`;
  const parts = claim.parts.map((part) => `${part.count} ${part.level}`).join(' + ');
  return parts ? `${total} = ${parts}` : total;
}

function statesTotal(sentence: string, total: number): boolean {
  const words = numberToWords(total);
  return new RegExp(`(?<![\\d.])${total}(?![\\d])|(?<!\\p{L})${words}(?!\\p{L})`, 'iu').test(sentence);
}

const temp = mkdtempSync(join(tmpdir(), 'sk-passages-'));

describe('press passages (fixtures/press/passages)', () => {
  it('holds at least 30 passages from four kinds of outlet, half of them with distractors', () => {
    expect(PASSAGES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(PASSAGES.map((p) => p.id)).size).toBe(PASSAGES.length);
    expect(new Set(PASSAGES.map((p) => p.outlet)).size).toBe(4);
    expect(PASSAGES.filter((p) => p.distractors.length > 0).length * 2).toBeGreaterThanOrEqual(
      PASSAGES.length,
    );
  });

  it.each(PASSAGES.map((p) => [p.id, p] as const))('%s', async (id, passage) => {
    const file = join(temp, `${id}.txt`);
    writeFileSync(file, `${passage.text.join('\n\n')}\n`);
    const doc = await checkInput(file);
    const { setAside: _, ...truth } = passage.truth;
    const read = {
      claims: doc.claims.map(shape),
      number: doc.decree?.number ?? null,
      date: doc.decree?.date ?? null,
      findings: doc.findings.map((finding) => finding.code),
    };
    expect(read).toEqual({ findings: [], ...truth });
    expect(doc.claims.flatMap((claim) => claim.setAside ?? []).map((c) => `${c.count} ${c.role}`)).toEqual(
      passage.truth.setAside ?? [],
    );
    // A sentence holding a distractor is in a claim only when it also states the claim's total.
    for (const claim of doc.claims)
      for (const sentence of sentences(claim.text))
        for (const distractor of passage.distractors)
          if (sentence.includes(distractor)) expect(statesTotal(sentence, claim.total), sentence).toBe(true);
  });
});
