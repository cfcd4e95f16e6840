import type { Document, Finding } from '../model.js';
import type { Lang } from './lang.js';
import { MESSAGES } from './messages.js';
import { localizeOutcome } from './outcome.js';

type Catalogue = typeof MESSAGES;
/** A message of the catalogue: a finding code, or a code, `/` and a variant (`field-missing/nip`). */
export type MessageId = keyof Catalogue;
export type MessageParams<K extends MessageId> = Parameters<Catalogue[K]['en']>[0];

/** A message as data: which one, and its parameters. Plain JSON, so it crosses into workers and back. */
export type Said = { [K in MessageId]: { id: K; params: MessageParams<K> } }[MessageId];

/** A message said: its English text (a finding's `message`) and the data to say it in another language. */
export interface Spoken {
  message: string;
  said: Said;
}

export function render(said: Said, lang: Lang): string {
  const entry = MESSAGES[said.id] as { en: (p: unknown) => string; id: (p: unknown) => string };
  return entry[lang](said.params);
}

/** `{ message, said }` for a report or a note: `report({ ...at(row, 'nip'), ...say('field-missing/nip', {}) })`. */
export function say<K extends MessageId>(id: K, params: MessageParams<K>): Spoken {
  const said = { id, params } as Said;
  return { message: render(said, 'en'), said };
}

// A hidden property: JSON.stringify, zod and test equality leave it out, so reports keep their bytes.
// A spread does not copy it: a copy of a finding is made with `withSaid(copy, saidOf(finding))`.
const SAID = Symbol.for('sk-check.said');
type WithSaid = { [SAID]?: Said };

/** Gives a finding the data to say its message in another language. */
export function withSaid<T extends object>(finding: T, said: Said | undefined): T {
  if (said) Object.defineProperty(finding, SAID, { value: said, enumerable: false, configurable: true });
  return finding;
}

export function saidOf(finding: object): Said | undefined {
  return (finding as WithSaid)[SAID];
}

/** A finding's message in `lang`; English, or a message not in the catalogue, is the `message` itself. */
export function findingMessage(finding: Finding, lang: Lang): string {
  if (lang === 'en') return finding.message;
  const said = saidOf(finding);
  return said ? render(said, lang) : finding.message;
}

/**
 * The document with its findings' messages in `lang` (for a machine format given `--lang`). `map`
 * makes the new list: the report writer's also changes a roster's findings in a spill file.
 */
export function localizeDocument(
  doc: Document,
  lang: Lang,
  map: (findings: Finding[], change: (finding: Finding) => Finding) => Finding[] = (findings, change) =>
    findings.map(change),
): Document {
  if (lang === 'en') return doc;
  return {
    ...doc,
    ...localizeOutcome(doc, lang),
    findings: map(doc.findings, (f) => withSaid({ ...f, message: findingMessage(f, lang) }, saidOf(f))),
  };
}

/** The catalogue data of each finding, in order, for a worker to send beside its document. */
export function saidList(findings: readonly Finding[]): Array<Said | null> {
  return findings.map((f) => saidOf(f) ?? null);
}

/** Gives back, on this side of a worker, what `saidList` sent. */
export function restoreSaid(
  findings: readonly Finding[],
  list: ReadonlyArray<Said | null> | undefined,
): void {
  if (!list) return;
  findings.forEach((finding, i) => {
    withSaid(finding, list[i] ?? undefined);
  });
}
