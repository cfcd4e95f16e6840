import type { Claim } from '../model.js';

const QUALIFIERS: readonly [RegExp, NonNullable<Claim['qualifier']>][] = [
  [/(?:tidak|tak)\s+kurang\s+dari$/iu, 'at-least'],
  [/(?:tidak|tak)\s+lebih\s+dari$/iu, 'at-most'],
  [/(?:kurang\s+lebih|lebih\s+kurang|sekitar|kira-kira|hampir|±|\+-|sekira)$/iu, 'approximately'],
  [/(?:lebih\s+dari|di\s+atas)$/iu, 'more-than'],
  [/(?:sedikitnya|setidaknya|paling\s+sedikit|sekurang-kurangnya|minimal|minimum)$/iu, 'at-least'],
  [/(?:kurang\s+dari|paling\s+banyak|maksimal|maksimum|sebanyak-banyaknya)$/iu, 'at-most'],
];

/** The qualifier written just before a number (`sekitar`, `sedikitnya`, `lebih dari`); undefined when exact. */
export function qualifierBefore(text: string): Claim['qualifier'] {
  let before = text.trimEnd();
  for (let previous = ''; previous !== before; ) {
    previous = before;
    before = before.replace(/\s*(?:sebanyak|berjumlah|sejumlah|total|mencapai|yakni|yaitu)$/iu, '').trimEnd();
  }
  return QUALIFIERS.find(([re]) => re.test(before))?.[1];
}

const ABBREVIATION =
  /(?:^|[\s(])(?:\p{L}|pj|plt|plh|drs|dra|dr|drg|prof|ir|hj|kab|kec|prov|jl|no|tk|tkt|st|sdr|bpk|ny|kol|let|brigjen|kombes)$|\p{L}\.\p{L}+$/iu;

/** Splits a paragraph into sentences; a period after a title (`Pj.`, `S.H.`) or an initial does not end one. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?]["”’)]*\s+(?=["“(]?[\p{Lu}\p{N}])/gu)) {
    const head = text.slice(start, m.index);
    if (m[0].startsWith('.') && ABBREVIATION.test(head)) continue;
    out.push(text.slice(start, m.index + 1).trim());
    start = m.index + m[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest !== '') out.push(rest);
  return out;
}
