import { AsyncLocalStorage } from 'node:async_hooks';
import { say } from '../i18n/said.js';
import { type BandHints, bandHints, bandKey } from './band-hints.js';
import {
  type ColumnHint,
  type DocumentHints,
  documentHints,
  type Field,
  hintPathKey as pathKey,
  type RunHints,
} from './columns.js';
import type { Note } from './document.js';

export type { ColumnHint };

const runHints = new AsyncLocalStorage<RunHints>();

/** Runs `work` with `hints` as the run's column hints. */
export function withColumnHints<T>(hints: readonly ColumnHint[] | undefined, work: () => T): T {
  return hints && hints.length > 0 ? runHints.run({ hints, applied: new Map() }, work) : work();
}

/** Reads one document's tables with the hints that match it (its SK number and issuer, when known). */
export function withDocumentHints<T>(
  decree: { number?: string | null; issuer?: string | null } | null,
  work: (hints: DocumentHints | null) => T,
): T {
  const run = runHints.getStore();
  if (!run) return work(null);
  const fields = new Map<string, { label: string; field: Field | 'none' }>();
  const bands: BandHints['bands'] = new Map();
  for (const hint of run.hints) {
    if (!matches(hint, decree)) continue;
    for (const [label, field] of Object.entries(hint.headers ?? {}))
      fields.set(pathKey(label.split('>')), { label, field });
    for (const [label, level] of Object.entries(hint.bands ?? {}))
      bands.set(bandKey(label), { label, level });
  }
  if (fields.size === 0 && bands.size === 0) return work(null);
  const hints: DocumentHints = { run, fields, used: new Set() };
  const banded: BandHints = { bands, used: new Set(), applied: run.applied };
  return documentHints.run(hints, () => bandHints.run(banded, () => work(hints)));
}

function matches(hint: ColumnHint, decree: { number?: string | null; issuer?: string | null } | null) {
  const { skPrefix, issuer } = hint.match ?? {};
  if (skPrefix !== undefined && !decree?.number?.startsWith(skPrefix)) return false;
  if (issuer !== undefined && !decree?.issuer?.toLowerCase().includes(issuer.toLowerCase())) return false;
  return true;
}

/** The labels of a document's hints that matched no header: a hint that does nothing says so. */
export function unusedHints(hints: DocumentHints | null): string[] {
  if (!hints) return [];
  return [...hints.fields.entries()].filter(([key]) => !hints.used.has(key)).map(([, { label }]) => label);
}

/** Notes of the hints of the document being read that matched no header so far. */
export function unusedHintNotes(): Note[] {
  const banded = bandHints.getStore();
  const bands = [...(banded?.bands.entries() ?? [])].filter(([key]) => !banded?.used.has(key));
  const labels = [...unusedHints(documentHints.getStore() ?? null), ...bands.map(([, { label }]) => label)];
  return labels.map((label) => ({
    code: 'column-hint-unused',
    ...say('column-hint-unused', { label }),
  }));
}

/** The hints any document of the run applied, label and field. */
export function appliedHints(): Array<[string, string]> {
  return [...(runHints.getStore()?.applied ?? [])];
}

/** What is wrong with a `--columns` value: a pair without `LABEL=`, or a field sk-check has not. */
export type ColumnsFlagProblem = { problem: 'pair'; pair: string } | { problem: 'field'; field: string };

/**
 * `--columns 'JABATAN BARU=positionNew,NIP BARU=nip'`: a hint for every document, or what is wrong
 * with the value (the command line says it in the user's language).
 */
export function parseColumnsFlag(value: string, fields: readonly string[]): ColumnHint | ColumnsFlagProblem {
  const headers: Record<string, Field | 'none'> = {};
  for (const pair of value.split(',')) {
    const at = pair.lastIndexOf('=');
    const label = pair.slice(0, at).trim();
    const field = pair.slice(at + 1).trim();
    if (at <= 0 || label === '') return { problem: 'pair', pair: pair.trim() };
    if (field !== 'none' && !fields.includes(field)) return { problem: 'field', field };
    headers[label] = field as Field | 'none';
  }
  return { headers };
}
