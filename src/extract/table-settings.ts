/**
 * The attachment table reader's tolerances, in one place (pdfplumber's `DEFAULT_TABLE_SETTINGS` is
 * the model). Lengths are in points unless a name says "of the font size" or "share".
 */
export const TABLE_SETTINGS = {
  /** Two ruling lines this close are one (a double border, a rule drawn twice). */
  samePosition: 1.5,
  /** Cell starts of a borderless table this close are one column start. */
  columnStartTolerance: 4,
  /** Centres of a centred column (ESELON `III.a`, `-`) this close are one column. */
  columnCentreTolerance: 5,
  /** A column start must be seen on this share of the rows (and on two at least). */
  columnSeenShare: 0.4,
  /** A borderless column's edge sits this far left of where its cells start. */
  columnEdgeMargin: 3,
  /** A horizontal rule must run across this share of the table's width to separate rows. */
  separatorShare: 0.6,
  /** A gap between items wider than this share of the font size starts a new cell. */
  cellGap: 0.6,
  /** Words of one header label are this close (share of the font size): a wider gap over an edge parts two cells. */
  labelWordGap: 0.3,
  /** A line belongs to the band its point at this share of its height from the baseline falls in. */
  bandAnchor: 0.35,
  /** Lines further apart than this many line heights end a borderless table. */
  tableGap: 2.5,
  /** A band naming the level (`ESELON V`) is looked for this many lines above a table's header. */
  bandLines: 2,
  /** ...and at most this many line heights above it (a two-row header centres its one-row labels low). */
  bandGap: 4,
  /** Carried column edges still match a page's rules when no edge moved more than this. */
  carriedEdgeTolerance: 4,
  /** Past this share of rows without a structurally valid NIP, the columns were probably misread. */
  badNipShare: 0.2,
} as const;

export type TableSettings = { -readonly [K in keyof typeof TABLE_SETTINGS]: number };
