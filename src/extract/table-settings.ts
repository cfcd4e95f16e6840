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
  /**
   * A rule this close to a table's top belongs to it: a vertical must reach this far below the top
   * (one ending there boxes the text above), a horizontal may lie this far above it (the top rule).
   */
  ruleSlack: 2,
  /** Horizontal rules are grouped by their height rounded to this step: a rule drawn twice is one. */
  separatorStep: 0.5,
  /** The last edge of a borderless table lies this far right of its widest cell or label. */
  lastEdgeMargin: 1,
  /** An item's column is judged by the centre of its first this-many points: a long text spilling right stays in the column it starts in. */
  columnProbeWidth: 40,
  /** A label covering more than this share of its width in each of two columns spans them. */
  spanShare: 0.25,
  /** An item over a column edge is cut at a space at most this many characters from the edge; a space further off is inside a cell. */
  splitReach: 3,
  /** A ruled table starts this far above the top of its header line (the rule over the header). */
  headerTopMargin: 3,
  /** Its top rule is looked for up to this many line heights higher (a one-line label centred in a tall header). */
  rulesAboveHeader: 2,
  /** Header lines further apart than this many line heights are not one header cell (`PANGKAT / GOL.` over `RUANG`). */
  headerLineGap: 1.2,
  /** A line over the header with an item running over this many header label starts is a title, not header. */
  titleSpan: 3,
  /** A row number within this many column-start tolerances of where rows start opens a row after a wide gap. */
  rowNumberReach: 3,
} as const;

export type TableSettings = { -readonly [K in keyof typeof TABLE_SETTINGS]: number };
