import type { RankGrade } from '../domain/grade.js';
import type { Level } from '../domain/level.js';
import type { NipParse } from '../domain/nip.js';
import type { SkNumber } from '../domain/sk-number.js';
import type { FindingCode } from '../finding-codes.js';
import type { Said } from '../i18n/said.js';
import type { Appointee, Claim, Decree, Finding, Kind } from '../model.js';
import type { AmountRead } from './claims.js';
import type { ColumnMap, RowCells } from './columns.js';
import type { DecreeGroup } from './decree-group.js';
import type { DecreeBody } from './decree-signing.js';
import type { AttachmentBlock } from './decree-text.js';
import type { PageTrace } from './table-trace.js';

/** An appointee with what its checks need from the cells it came from. */
export interface AppointeeRecord {
  appointee: Appointee;
  cells: RowCells;
  nip: NipParse | null;
  rankGrade: RankGrade | null;
  echelonText: string | null;
  /** Where `appointee.level` came from. */
  levelSource: LevelSource;
  /** The functional level (`Ahli Muda`) the post's name ends in, if any. */
  jenjang: string | null;
  /** The level a band or section row gave, where the post's own echelon (`... / III B`) overrode it. */
  overruledLevel?: Level;
  /** Cells in the record and in the header, when they differ (a malformed row). */
  width?: { cells: number; header: number };
}

/** A finding a reader raises while reading; the registry gives its severity. */
/** A finding a reader makes while reading; `said` lets it be said in another language. */
export type Note = Omit<Finding, 'severity' | 'code'> & { code: FindingCode; said?: Said | undefined };

/** Everything extracted from one input, before checks. */
export interface ExtractedDocument {
  source: string;
  kind: Kind;
  decree: Decree | null;
  skNumber: SkNumber | null;
  claims: Claim[];
  records: AppointeeRecord[];
  notes: Note[];
  /** What only a decree has: its attachment and the amounts its dicta state. */
  decreeParts?: DecreeParts;
  /** Where a workbook roster's records sit, so findings can name their cell. */
  sheet?: SheetLocation;
  /** Set when pages of a PDF were read by OCR: the engine's mean confidence (0-100). */
  ocr?: { confidence: number };
  /**
   * Pages (1-based) whose text layer was empty or not text (a scanner's symbol soup) and that were
   * not read by OCR: nothing on them was checked, so the document cannot be verified.
   */
  pagesWithoutText?: number[];
}

/** A workbook roster's sheet, the spreadsheet row of each record, and the column of each field. */
export interface SheetLocation {
  name: string;
  lines: number[];
  columns: ColumnMap;
}

export interface DecreeParts {
  /** The `LAMPIRAN ... NOMOR ... TANGGAL` block, as printed. */
  attachmentBlock: AttachmentBlock | null;
  /** The decree body's signing (date, blanks, placeholders); null for a lampiran printed alone. */
  body: DecreeBody | null;
  /** The body refers to a lampiran. */
  mentionsAttachment: boolean;
  attachment: AttachmentTable;
  /** Every `N (words)` pair of the dicta. */
  amounts: AmountRead[];
}

/** Where an appointee's level came from (see appointee.ts's levelOf). */
export type LevelSource = 'echelon' | 'echelon-cell' | 'post' | 'section' | 'position' | 'none';

/** One row of the attachment as read, before it becomes an appointee. */
export interface TableRow {
  page: number;
  cells: string[];
  /** The row's NO cell, and whether a section row restarted the numbering before it. */
  no: string | null;
  restart: boolean;
  /** The baseline of the row's first line, in points from its page's top, where the reader knows it (a PDF). */
  y?: number;
  /**
   * The first row of a decree group of a list: the NO of the row above the group line, which the
   * numbering may carry on from (`23` after `22`) or restart.
   */
  carriesFrom?: number;
}

/** A group line inside the table, and the record (0-based) the rows under it start at. */
export interface GroupStart extends DecreeGroup {
  at: number;
  page: number;
}

/** A reason to doubt the reconstruction: where, and what (`message` in English, `said` for others). */
export interface Doubt {
  page?: number | undefined;
  code: 'attachment-uncertain';
  message: string;
  said?: Said | undefined;
}

export interface AttachmentTable {
  records: AppointeeRecord[];
  rows: TableRow[];
  /** Why the reconstruction may be wrong; empty when it checked out. */
  doubts: Doubt[];
  found: boolean;
  /** The group lines (`NOMOR ... TANGGAL ...`) that start the rows of each decree of a list. */
  groups: GroupStart[];
  /** What was seen and decided on each attachment page, for `debug-table`. */
  trace: PageTrace[];
}
