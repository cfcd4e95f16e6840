import type { PdfRule, PdfTextItem } from '../pdf/pdf.js';
import { columnOf, columnsSpanned, type Edges } from './grid.js';
import type { LayoutLine } from './layout.js';
import { joinItems } from './layout.js';
import { type Band, bandOf } from './level-label.js';
import { TABLE_SETTINGS, type TableSettings } from './table-settings.js';

/** The header read as spanning labels over sub-labels: each column's path, and a band if one was there. */
export interface HeaderTree {
  paths: string[][];
  band: Band | null;
}

/** One label of the header: the words of one cell on one line, and the columns it stands over. */
interface Label {
  line: number;
  top: number;
  bottom: number;
  from: number;
  to: number;
  items: PdfTextItem[];
  /** Its columns came from rules closing the cell, not from where it happens to overlap. */
  ruled: boolean;
}

/**
 * Reads header lines as a tree: labels are cut at the column edges a rule closes on their line (or,
 * without rules, by the gaps between cells); a label covers the columns between the closed edges
 * around it (without rules, those it overlaps); labels of consecutive lines over the same columns,
 * with no rule between them, are one cell. A band label is left out of every path.
 */
export function headerTree(
  lines: readonly LayoutLine[],
  edges: Edges,
  rules: readonly PdfRule[] = [],
  settings: TableSettings = TABLE_SETTINGS,
): HeaderTree {
  const labels = spanningOnlyOverSubs(
    lines.flatMap((line, index) => lineLabels(line, index, edges, rules, settings)),
    edges,
    settings,
  );
  let band: Band | null = null;
  const cells: Label[][] = [];
  for (const label of labels) {
    const found = bandOf(joinItems(label.items));
    if (found) {
      band ??= found;
      continue;
    }
    // The cell printed last over these columns goes on here if it stands over exactly them.
    const above = cells
      .filter((cell) => overlaps(cell.at(-1) as Label, label))
      .sort((a, b) => (b.at(-1) as Label).line - (a.at(-1) as Label).line)[0];
    const last = above?.at(-1);
    const same = last && last.from === label.from && last.to === label.to && last.line < label.line;
    if (above && last && same && !ruleBetween(last, label, edges, rules)) above.push(label);
    else cells.push([label]);
  }
  const paths = edges.slice(1).map((_, k) =>
    cells
      .filter((cell) => (cell[0] as Label).from <= k && (cell[0] as Label).to >= k)
      .sort((a, b) => (a[0] as Label).line - (b[0] as Label).line)
      .map((cell) => cell.map((label) => joinItems(label.items)).join(' ')),
  );
  return { paths, band };
}

/** The labels of one header line: items joined while close, cut where a rule closes an edge. */
function lineLabels(
  line: LayoutLine,
  index: number,
  edges: Edges,
  rules: readonly PdfRule[],
  settings: TableSettings,
): Label[] {
  const mid = line.y - (line.y - line.top) / 2;
  const closed = edges.filter((x) =>
    rules.some(
      (rule) =>
        rule.x1 === rule.x2 &&
        Math.abs(rule.x1 - x) <= settings.samePosition &&
        rule.y1 <= mid &&
        rule.y2 >= mid,
    ),
  );
  // Column numbers (`(1) (2)`) of a numbering row banded with the header are no labels.
  const items = line.items.filter((item) => !/^\(?\d{1,2}\)?$/.test(item.text.trim()));
  const groups: PdfTextItem[][] = [];
  for (const item of items) {
    const group = groups.at(-1);
    const last = group?.at(-1);
    const end = last ? last.x + last.width : 0;
    // A closed edge always parts two cells; an open one only past the space between two words.
    const crosses = (closed.length >= 2 ? closed : edges).some(
      (x) =>
        x > end - 1 &&
        x < item.x + 1 &&
        (closed.length >= 2 || item.x - end > item.height * settings.labelWordGap),
    );
    if (group && last && !crosses && item.x - end <= item.height * settings.cellGap) group.push(item);
    else groups.push([item]);
  }
  return groups.map((group) => {
    const left = Math.min(...group.map((item) => item.x));
    const right = Math.max(...group.map((item) => item.x + item.width));
    const [from, to] =
      closed.length >= 2
        ? betweenRules(left, right, edges, closed, settings)
        : byOverlap(left, right, edges, settings);
    const ruled = closed.length >= 2;
    return { line: index, top: line.top, bottom: line.y, from, to, items: group, ruled };
  });
}

/**
 * Without rules, a label overlapping two columns spans them only when sub-labels stand under it in
 * two of them (`JABATAN` over `LAMA` | `BARU`); else it is a wide label of the column its centre is in
 * (`ESELON` reaching over into the post column).
 */
function spanningOnlyOverSubs(labels: Label[], edges: Edges, settings: TableSettings): Label[] {
  return labels.map((label) => {
    if (label.ruled || label.to === label.from) return label;
    const under = new Set(
      labels
        .filter((other) => other.line > label.line && other.from >= label.from && other.to <= label.to)
        .filter((other) => other.to - other.from < label.to - label.from)
        .map((other) => other.from),
    );
    if (under.size >= 2) return label;
    const left = Math.min(...label.items.map((item) => item.x));
    const right = Math.max(...label.items.map((item) => item.x + item.width));
    const k = columnOf({ text: '', x: left, y: 0, width: right - left, height: 0 }, edges, settings);
    return { ...label, from: k, to: k };
  });
}

/** Columns between the closed edges left and right of a label: the whole cell it is printed in. */
function betweenRules(
  left: number,
  right: number,
  edges: Edges,
  closed: readonly number[],
  settings: TableSettings,
): [number, number] {
  const centre = (left + right) / 2;
  const leftEdge = Math.max(...closed.filter((x) => x <= centre));
  const rightEdge = Math.min(...closed.filter((x) => x > centre));
  const from = edges.indexOf(leftEdge);
  const to = edges.indexOf(rightEdge) - 1;
  if (from < 0 || to < from) return byOverlap(left, right, edges, settings);
  return [from, to];
}

/** Without rules on its line, a label covers the columns it overlaps by `spanShare` of its width. */
function byOverlap(left: number, right: number, edges: Edges, settings: TableSettings): [number, number] {
  const item = { text: '', x: left, y: 0, width: right - left, height: 0 };
  const spanned = columnsSpanned(item, edges, settings);
  if (spanned.length > 1) return [spanned[0] as number, spanned.at(-1) as number];
  const k = columnOf(item, edges, settings);
  return [k, k];
}

const overlaps = (a: Label, b: Label) => a.from <= b.to && b.from <= a.to;

/** A horizontal rule between two labels of one cell splits them: two header rows of one column. */
function ruleBetween(upper: Label, lower: Label, edges: Edges, rules: readonly PdfRule[]): boolean {
  const x = ((edges[upper.from] ?? 0) + (edges[upper.to + 1] ?? 0)) / 2;
  return rules.some(
    (rule) =>
      rule.y1 === rule.y2 &&
      rule.y1 > upper.bottom &&
      rule.y1 < lower.top &&
      Math.min(rule.x1, rule.x2) <= x &&
      Math.max(rule.x1, rule.x2) >= x,
  );
}
