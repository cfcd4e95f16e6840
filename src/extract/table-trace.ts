import type { PdfRule, PdfTextItem } from '../pdf/pdf.js';
import type { Field } from './columns.js';

/** Where a page's column edges came from. */
export type EdgesSource = 'rules' | 'aligned' | 'carried';

/** What one band of lines (between two row separators, or one anchored group) turned out to be. */
export type BandKind =
  | 'header'
  | 'numbering'
  | 'person'
  | 'continuation'
  | 'section'
  | 'decree'
  | 'total'
  | 'ignored';

export interface BandTrace {
  kind: BandKind;
  /** Top and bottom of the band's text, in points from the page's top. */
  top: number;
  bottom: number;
  /** The table row (1-based, as `appointee.row`) this band made or continued. */
  row?: number | undefined;
  cells: string[];
}

/**
 * What the attachment reader saw and decided on one page, for `sk-check debug-table`: the page's
 * text and rules, the column edges it used, and each band of lines with what it became.
 */
export interface PageTrace {
  page: number;
  width: number;
  height: number;
  items: PdfTextItem[];
  rules: PdfRule[];
  edges: number[] | null;
  edgesFrom: EdgesSource | null;
  /** The field each column was mapped to (null: a column sk-check does not read). */
  fields: Array<Field | null>;
  /** The header's labels over each column, top down (`JABATAN ESELON > LAMA`), where a header was read. */
  paths?: string[] | undefined;
  bands: BandTrace[];
  /** The horizontal rules taken as row separators (a ruled table only). */
  separators?: number[] | undefined;
  /** The table ended on this page (a signature block under it): the next page does not carry it on. */
  ended?: boolean | undefined;
  /** Why the page was skipped or doubted, when it was. */
  note?: string | undefined;
}
