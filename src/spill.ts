import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onCleanup } from './cleanup.js';
import type { Severity } from './model.js';

/**
 * A list that keeps its first items in memory and writes the rest to a temporary file, one JSON
 * line each: a roster's million findings or appointees in flat memory. Read back in order, as often
 * as wanted (the text report reads findings twice: to group, then to list).
 */
export class Spool<T> {
  readonly #kept: T[] = [];
  #keep: number;
  readonly #codec: Codec<T> | undefined;
  #dir: string | null = null;
  #fd: number | null = null;
  #pending = '';
  #length = 0;
  #forget: (() => void) | null = null;

  /** `codec`: what a line holds of an item, when JSON alone would lose part of it. */
  constructor(keep: number, codec?: Codec<T>) {
    this.#keep = keep;
    this.#codec = codec;
  }

  get length(): number {
    return this.#length;
  }

  /**
   * Keeps every item in memory from now on, as long as none went to the file yet: a list that must
   * be read whole later (a decree's lampiran, to join its body) is not spilled whatever its length.
   */
  keepAll(): void {
    if (this.#fd === null) this.#keep = Number.POSITIVE_INFINITY;
  }

  /** True once an item went to the file. */
  get spilled(): boolean {
    return this.#fd !== null;
  }

  push(item: T): void {
    this.#length++;
    if (this.#fd === null && this.#kept.length < this.#keep) {
      this.#kept.push(item);
      return;
    }
    if (this.#fd === null) {
      // A roster's people, for no one else to read: the folder is 0700 (mkdtemp), the file 0600.
      const dir = mkdtempSync(join(tmpdir(), 'sk-check-spool-'));
      this.#dir = dir;
      this.#forget = onCleanup(() => rmSync(dir, { recursive: true, force: true }));
      this.#fd = openSync(join(dir, 'items.jsonl'), 'w+', 0o600);
    }
    this.#pending += `${JSON.stringify(this.#codec ? this.#codec.save(item) : item)}\n`;
    if (this.#pending.length > 1 << 16) this.#flush();
  }

  /** The items kept in memory: all of them unless the list spilled. */
  get kept(): T[] {
    return this.#kept;
  }

  *[Symbol.iterator](): Generator<T> {
    yield* this.#kept;
    if (this.#fd === null) return;
    this.#flush();
    const buffer = Buffer.alloc(1 << 20);
    let position = 0;
    // A line longer than the buffer is gathered whole before it is decoded.
    const rest: Buffer[] = [];
    for (;;) {
      const read = readSync(this.#fd, buffer, 0, buffer.length, position);
      if (read === 0) break;
      const end = buffer.lastIndexOf(10, read - 1);
      if (end < 0) {
        rest.push(Buffer.from(buffer.subarray(0, read)));
        position += read;
        continue;
      }
      // Lines up to the last newline; what follows it is read again with the next lines. Decoded
      // from the buffer itself: a copy of each megabyte read would be garbage outside the JS heap,
      // which the collector sees late (a text report reads a million findings twice).
      const text =
        rest.length === 0
          ? buffer.toString('utf8', 0, end)
          : Buffer.concat([...rest, buffer.subarray(0, end)]).toString('utf8');
      position += end + 1;
      rest.length = 0;
      const load = this.#codec?.load;
      for (const line of text.split('\n')) {
        if (line === '') continue;
        const data: unknown = JSON.parse(line);
        yield load ? load(data) : (data as T);
      }
    }
  }

  /** Deletes the file, if any. */
  dispose(): void {
    if (this.#fd !== null) closeSync(this.#fd);
    if (this.#dir !== null) rmSync(this.#dir, { recursive: true, force: true });
    this.#fd = null;
    this.#dir = null;
    this.#forget?.();
    this.#forget = null;
  }

  #flush(): void {
    if (this.#fd === null || this.#pending === '') return;
    writeSync(this.#fd, this.#pending);
    this.#pending = '';
  }
}

/** How an item goes to a spool's file and comes back. */
export interface Codec<T> {
  save(item: T): unknown;
  load(data: unknown): T;
}

/** What stands behind a document's list when its items were too many to hold. */
export interface Spilled<T> {
  length: number;
  items(): Iterable<T>;
  severities?: Partial<Record<Severity, number>>;
  dispose(): void;
}

const SPILLED = new WeakMap<object, Spilled<unknown>>();

/**
 * Makes `list` (what a document holds in memory) stand for every item `spilled` gives: the
 * formatters, the summary and the status read it through `each` and `sizeOf`.
 */
export function standFor<T>(list: T[], spilled: Spilled<T>): T[] {
  SPILLED.set(list, spilled as Spilled<unknown>);
  return list;
}

/**
 * A document's list with `change` made to every item, the spilled ones too as they are read: the
 * new list stands for as many items, of the same severities.
 */
export function mapped<T>(list: readonly T[], change: (item: T) => T): T[] {
  const changed = list.map(change);
  const spilled = SPILLED.get(list) as Spilled<T> | undefined;
  if (!spilled) return changed;
  SPILLED.set(changed, {
    length: spilled.length,
    *items() {
      for (const item of spilled.items()) yield change(item);
    },
    ...(spilled.severities ? { severities: spilled.severities } : {}),
    // The list it was made from is released by its own document.
    dispose() {},
  } as Spilled<unknown>);
  return changed;
}

/** Every item of a document's list, the spilled ones too. */
export function each<T>(list: readonly T[]): Iterable<T> {
  const spilled = SPILLED.get(list) as Spilled<T> | undefined;
  return spilled ? spilled.items() : list;
}

export function sizeOf(list: readonly unknown[]): number {
  return SPILLED.get(list)?.length ?? list.length;
}

/** Findings of each severity in a document's list. */
export function severityCount(list: readonly { severity: Severity }[], severity: Severity): number {
  const counted = SPILLED.get(list)?.severities;
  if (counted) return counted[severity] ?? 0;
  let n = 0;
  for (const item of list) if (item.severity === severity) n++;
  return n;
}

/** Frees what stands behind a document's lists, once it is written. */
export function release(...lists: readonly unknown[][]): void {
  for (const list of lists) {
    const spilled = SPILLED.get(list);
    if (!spilled) continue;
    spilled.dispose();
    SPILLED.delete(list);
  }
}
