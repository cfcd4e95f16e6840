import { levelFromText } from '../domain/echelon.js';
import type { Claim, SetAsideCount } from '../model.js';
import { type LooseCount, readSentence, titleLevel } from './press-claims.js';
import { sentences } from './press-sentences.js';

interface Open {
  claim: Claim;
  sum: number;
  /** Sentences already joined to the claim's text. */
  joined: Set<string>;
  /** The claim as its own sentence gave it. */
  text: string;
  reason: string | undefined;
}

const opening = (claim: Claim): Open => ({
  claim,
  sum: 0,
  joined: new Set([claim.text]),
  text: claim.text,
  reason: claim.reason,
});

/**
 * One count of one level after a total that it does not reach (`Bupati melantik 30 pejabat. Di
 * antaranya 5 camat.`) names some of them, not a breakdown: it is not made a part, so that no
 * total-mismatch is read into it. Two or more are a breakdown, whether or not they add up.
 */
function close(open: Open | null): void {
  if (open?.claim.parts.length !== 1 || open.sum === open.claim.total) return;
  open.claim.parts = [];
  open.claim.text = open.text;
  if (open.reason === undefined) delete open.claim.reason;
  else open.claim.reason = open.reason;
}

/** `Tujuh Pejabat Eselon II ... Dilantik` over an article that says `melantik tujuh pejabat pimpinan tinggi pratama`: the same count told twice. */
function repeats(levels: readonly LooseCount[], loose: LooseCount): boolean {
  return (
    !loose.also &&
    levels.some(
      (one) =>
        one.sentence !== loose.sentence &&
        one.count.value === loose.count.value &&
        one.part.level === loose.part.level,
    )
  );
}

/**
 * `124 orang pejabat fungsional ... Dari jumlah tersebut, 98 orang ... ahli pertama dan 26 orang ahli
 * muda`: counts of the same level in later sentences are the parts of a count of one level.
 */
function within(
  subParts: SubParts,
  levels: readonly LooseCount[],
  loose: LooseCount,
  sentence: string,
): void {
  const whole = levels.at(-1);
  if (!whole || whole.sentence === sentence || whole.part.level !== loose.part.level) return;
  const parts = (subParts.get(whole) ?? []).concat(loose);
  if (parts.reduce((sum, one) => sum + one.count.value, 0) <= whole.count.value) subParts.set(whole, parts);
}

type SubParts = Map<LooseCount, LooseCount[]>;

/** A claim of one or more levels named in their own sentences, with no total stated: the total is their sum. */
function claimOfLevels(loose: readonly LooseCount[], subParts: SubParts): Claim {
  const split = (one: LooseCount) => {
    const within = subParts.get(one);
    return within && within.length > 1 ? within : null;
  };
  const sentencesOf = new Set(
    loose.flatMap((one) => [one.sentence, ...(split(one) ?? []).map((part) => part.sentence)]),
  );
  const claim: Claim = {
    total: loose.reduce((sum, one) => sum + one.count.value, 0),
    parts: loose.flatMap((one) => (split(one) ?? [one]).map((part) => part.part)),
    text: [...sentencesOf].join(' '),
  };
  // `Gubernur juga melantik 200 pejabat eselon III`: there were others, so the sum is a floor.
  const qualifier = loose[0]?.also ? 'at-least' : loose.find((one) => one.qualifier)?.qualifier;
  if (qualifier) claim.qualifier = qualifier;
  const one = loose.length === 1;
  claim.reason = `appointed${loose[0]?.count.role.cue ? ` ("${loose[0].count.role.cue}")` : ''}: ${one ? 'a count of one level' : 'counts of one level each'} and no total stated${one ? '' : ', so the total is their sum'}${loose[0]?.also ? '; "juga" says there were others' : ''}${loose.some(split) ? '; its parts from the sentences after it' : ''}`;
  return claim;
}

/**
 * The claims of an article, sentence by sentence over its paragraphs. A total with no parts takes
 * the counts of one level in the sentences after it as its parts (`Ada 14 pejabat ... Untuk jabatan
 * administrator ada tiga orang. ... Sisanya sebelas orang pejabat pengawas.`) until they reach it; a
 * later total that repeats one already read adds nothing (a headline and its article). Counts of
 * people appointed that name a level, in an article with no total, make one claim. Counts of other
 * roles go to `setAside` of the claim before them (of the first claim when none is before).
 */
export function readArticle(paragraphs: readonly string[]): Claim[] {
  const claims: Claim[] = [];
  const levels: LooseCount[] = [];
  const subParts: SubParts = new Map();
  const setAside: { after: Claim | undefined; count: SetAsideCount }[] = [];
  let open: Open | null = null;
  for (const paragraph of paragraphs) {
    for (const sentence of sentences(paragraph)) {
      const reading = readSentence(sentence);
      for (const claim of reading.claims) {
        const same = claims.find((known) => known.total === claim.total);
        if (same && claim.parts.length === 0) {
          if (same.parts.length === 0 && open?.claim !== same) {
            close(open);
            open = opening(same);
          }
          continue;
        }
        if (same && same.parts.length === 0) {
          claims.splice(claims.indexOf(same), 1);
          for (const held of setAside) if (held.after === same) held.after = claim;
        }
        claims.push(claim);
        close(open);
        open = claim.parts.length === 0 ? opening(claim) : null;
      }
      for (const loose of reading.loose) {
        const known = loose.part.level !== 'unknown';
        if (open && (known || loose.breakdown) && loose.count.value <= open.claim.total) {
          open.claim.parts.push(loose.part);
          open.sum += loose.count.value;
          if (!open.joined.has(sentence)) {
            open.joined.add(sentence);
            open.claim.text = `${open.claim.text} ${sentence}`;
            if (open.joined.size === 2)
              open.claim.reason = `${open.claim.reason}; its parts from the sentences after it`;
          }
          if (open.sum >= open.claim.total) open = null;
        } else if (loose.count.role.role === 'appointed' && known && !repeats(levels, loose))
          levels.push(loose);
        else if (loose.count.role.role === 'neutral' && known) within(subParts, levels, loose, sentence);
      }
      for (const count of reading.setAside) setAside.push({ after: claims.at(-1), count });
    }
  }
  close(open);
  if (claims.length === 0 && levels.length > 0) claims.push(claimOfLevels(levels, subParts));
  for (const claim of claims) {
    const inferred = claim.parts.filter(
      (part) => levelFromText(part.label) === null && titleLevel(part.label) !== null,
    );
    if (inferred.length > 0)
      claim.reason = `${claim.reason}; level inferred from the title: ${inferred.map((part) => `${part.label} (${part.level})`).join(', ')}`;
  }
  for (const { after, count } of setAside) {
    const claim = after ?? claims[0];
    if (!claim) continue;
    claim.setAside ??= [];
    claim.setAside.push(count);
  }
  return claims;
}

/** The claims of one paragraph of prose. */
export function readPressClaims(paragraph: string): Claim[] {
  return readArticle([paragraph]);
}
