import { RULES } from '../checks/index.js';
import { duplicateNip, nipDuplicate } from '../checks/nip-duplicate.js';
import { NipIndex } from '../checks/nip-index.js';
import { fromNote, RowChecker } from '../checks/run-checks.js';
import type { Level } from '../domain/level.js';
import type { AppointeeRecord } from '../extract/document.js';
import { eachRecordOf, type RosterHeader, RosterReader, type SourceRecord } from '../extract/roster.js';
import { saidOf, withSaid } from '../i18n/said.js';
import type { Finding } from '../model.js';

/**
 * Findings one stretch holds before it gives up: a worker's heap is small, and a roster with a
 * finding on most rows is read in one thread, its findings spilled to a file as they come.
 */
export const PART_MAX_FINDINGS = 10_000;

/** Every row check but the one that needs all rows at once. */
export const PART_RULES = RULES.filter((rule) => rule !== nipDuplicate);

/** What one stretch of a roster holds, checked, with rows numbered from 1 within the stretch. */
export interface RosterPart {
  header: RosterHeader | null;
  rows: number;
  /** Findings of every row check but `nip-duplicate`, which is made when the parts are joined. */
  findings: Finding[];
  levels: Array<[Level, number]>;
  /** 18-digit NIPs as their two 9-digit halves, with their rows, in row order: 12 bytes a row. */
  nipHi: Uint32Array;
  nipLo: Uint32Array;
  nipRows: Uint32Array;
  /** Each row's name (UTF-8, row i from `nameEnds[i-1]` to `nameEnds[i]`) and line: `nip-duplicate` names them at the join. */
  names: Uint8Array;
  nameEnds: Uint32Array;
  lines: Uint32Array;
  /** Source lines the stretch took, blank ones too: where the next stretch's lines start. */
  lineCount: number;
  /** Other NIPs (old 9-digit ones, NIKs), one per line, and their rows. */
  otherNips: string;
  otherRows: number[];
  skNumberCell: string | null;
  titleSkNumber: string | null;
  titleDate: string | null;
  undecodable: { rows: number; first: number } | null;
  /** The signature block ended the table within this stretch. */
  ended: boolean;
  /** The stretch's first row had no NO cell: it may continue a record of the stretch before. */
  startsUnnumbered: boolean;
  /** More than `PART_MAX_FINDINGS` findings: the stretch stopped, and the roster is read whole. */
  tooManyFindings?: true;
}

/**
 * Reads and checks a stretch of a roster without keeping its rows. The first stretch finds the
 * header itself; a later one is given it.
 */
export async function readRosterPart(
  records: AsyncIterable<SourceRecord | readonly SourceRecord[]>,
  header: RosterHeader | null,
  lineCount: () => number = () => 0,
): Promise<RosterPart> {
  const reader = new RosterReader(header);
  const checker = new RowChecker({ kind: 'csv', decree: null }, PART_RULES);
  const levels = new Map<Level, number>();
  const nips = new NipList();
  const people = new PersonList();
  const otherNips: string[] = [];
  const otherRows: number[] = [];
  const visit = (built: AppointeeRecord) => {
    checker.visit(built, reader.line);
    const { appointee } = built;
    people.add(appointee.name ?? '', reader.line);
    levels.set(appointee.level, (levels.get(appointee.level) ?? 0) + 1);
    if (!appointee.nip) return;
    if (!nips.add(appointee.nip, appointee.row)) {
      otherNips.push(appointee.nip);
      otherRows.push(appointee.row);
    }
  };
  let tooMany = false;
  reading: for await (const item of records) {
    for (const record of eachRecordOf(item)) {
      const built = reader.feed(record);
      if (reader.gaveUp) break reading;
      if (built) visit(built);
      if (checker.findings.length > PART_MAX_FINDINGS) {
        tooMany = true;
        break reading;
      }
    }
  }
  const last = tooMany ? null : reader.finish();
  if (last) visit(last);
  return {
    ...(tooMany ? { tooManyFindings: true as const } : {}),
    header: reader.header,
    rows: reader.rows,
    findings: checker.findings,
    levels: [...levels],
    ...nips.arrays(),
    ...people.arrays(),
    lineCount: lineCount(),
    otherNips: otherNips.join('\n'),
    otherRows,
    skNumberCell: reader.skNumberCell,
    titleSkNumber: reader.titleSkNumber,
    titleDate: reader.titleDate,
    undecodable: reader.undecodable,
    ended: reader.ended,
    startsUnnumbered: reader.startsUnnumbered,
  };
}

/** The parts joined in order: rows renumbered, levels added up, and `nip-duplicate` over all the NIPs. */
export function joinRosterParts(parts: readonly RosterPart[]): {
  rows: number;
  findings: Finding[];
  levels: Map<Level, number>;
  undecodable: RosterPart['undecodable'];
  skNumberRaw: string | null;
  decreeDate: string | null;
} {
  const seen = new NipIndex();
  const duplicates: Finding[] = [];
  const findings: Finding[] = [];
  const levels = new Map<Level, number>();
  let undecodable: RosterPart['undecodable'] = null;
  let offset = 0;
  let lineOffset = 0;
  const names = new TextDecoder();
  for (const part of parts) {
    // A duplicate names its row's person and line, as the row check reading the file whole does.
    const duplicate = (nip: string, row: number, first: { row: number }) => {
      const here = { row: offset + row };
      const finding = fromNote({ code: nipDuplicate.code, ...duplicateNip(nip, here, first) });
      const name = names.decode(part.names.subarray(part.nameEnds[row - 1] ?? 0, part.nameEnds[row]));
      if (name !== '') finding.person = name;
      finding.line = lineOffset + (part.lines[row - 1] as number);
      duplicates.push(finding);
    };
    // `nip-duplicate` over the typed arrays as they came; a NIP is a string again only in a finding.
    for (let i = 0; i < part.nipRows.length; i++) {
      const [hi, lo] = [part.nipHi[i] as number, part.nipLo[i] as number];
      const row = part.nipRows[i] as number;
      const first = seen.firstOrRememberHalves(hi, lo, { row: offset + row });
      if (first) duplicate(`${String(hi).padStart(9, '0')}${String(lo).padStart(9, '0')}`, row, first);
    }
    const others = part.otherNips === '' ? [] : part.otherNips.split('\n');
    for (const [i, nip] of others.entries()) {
      const row = part.otherRows[i] as number;
      const first = seen.firstOrRemember(nip, { row: offset + row });
      if (first) duplicate(nip, row, first);
    }
    for (const finding of part.findings) findings.push(shifted(finding, offset, lineOffset));
    for (const [level, count] of part.levels) levels.set(level, (levels.get(level) ?? 0) + count);
    if (part.undecodable) {
      undecodable = undecodable
        ? { rows: undecodable.rows + part.undecodable.rows, first: undecodable.first }
        : { rows: part.undecodable.rows, first: part.undecodable.first + offset };
    }
    offset += part.rows;
    lineOffset += part.lineCount;
  }
  for (const finding of duplicates) findings.push(finding);
  const skNumberRaw =
    parts.find((part) => part.skNumberCell)?.skNumberCell ?? parts[0]?.titleSkNumber ?? null;
  const decreeDate = parts[0]?.titleDate ?? null;
  return { rows: offset, findings, levels, undecodable, skNumberRaw, decreeDate };
}

/** A part's finding with its row and line counted from the file's start. */
function shifted(finding: Finding, rows: number, lines: number): Finding {
  if (finding.row === undefined) return finding;
  const moved = { ...finding, row: finding.row + rows };
  if (moved.line !== undefined) moved.line += lines;
  return withSaid(moved, saidOf(finding));
}

/** Each row's name as UTF-8 bytes and its line, in growing typed arrays: no string kept per row. */
class PersonList {
  #bytes = new Uint8Array(1 << 16);
  #ends = new Uint32Array(1025);
  #lines = new Uint32Array(1024);
  #size = 0;
  #used = 0;
  readonly #encoder = new TextEncoder();

  add(name: string, line: number): void {
    if (this.#size === this.#lines.length) {
      this.#ends = grown(this.#ends, this.#ends.length * 2);
      this.#lines = grown(this.#lines, this.#lines.length * 2);
    }
    if (this.#used + name.length * 3 > this.#bytes.length)
      this.#bytes = grown(this.#bytes, Math.max(this.#bytes.length * 2, this.#used + name.length * 3));
    this.#used += this.#encoder.encodeInto(name, this.#bytes.subarray(this.#used)).written;
    this.#lines[this.#size] = line;
    this.#ends[++this.#size] = this.#used;
  }

  arrays(): { names: Uint8Array; nameEnds: Uint32Array; lines: Uint32Array } {
    return {
      names: this.#bytes.subarray(0, this.#used),
      nameEnds: this.#ends.subarray(0, this.#size + 1),
      lines: this.#lines.subarray(0, this.#size),
    };
  }
}

function grown<T extends Uint8Array | Uint32Array>(from: T, length: number): T {
  const to = new (from.constructor as new (n: number) => T)(length);
  to.set(from);
  return to;
}

/** 18-digit NIPs and their rows in growing typed arrays; the NIP is split only to be stored. */
class NipList {
  #hi = new Uint32Array(1024);
  #lo = new Uint32Array(1024);
  #rows = new Uint32Array(1024);
  #size = 0;

  /** False for a NIP that is not 18 digits. */
  add(nip: string, row: number): boolean {
    if (!/^\d{18}$/.test(nip)) return false;
    if (this.#size === this.#rows.length) this.#grow();
    this.#hi[this.#size] = Number(nip.slice(0, 9));
    this.#lo[this.#size] = Number(nip.slice(9));
    this.#rows[this.#size++] = row;
    return true;
  }

  arrays(): { nipHi: Uint32Array; nipLo: Uint32Array; nipRows: Uint32Array } {
    const n = this.#size;
    // Views, not copies: the worker hands the buffers over whole, and a copy would double them.
    return {
      nipHi: this.#hi.subarray(0, n),
      nipLo: this.#lo.subarray(0, n),
      nipRows: this.#rows.subarray(0, n),
    };
  }

  #grow(): void {
    const grow = (from: Uint32Array) => {
      const to = new Uint32Array(from.length * 2);
      to.set(from);
      return to;
    };
    this.#hi = grow(this.#hi);
    this.#lo = grow(this.#lo);
    this.#rows = grow(this.#rows);
  }
}
