import type { PdfPage, PdfRule, PdfTextItem } from '../pdf/pdf.js';
import { joinItems, type LayoutLine } from './layout.js';
import { TABLE_SETTINGS, type TableSettings } from './table-settings.js';

/** Column edges, left to right: column k spans edges[k]..edges[k+1]. */
export type Edges = number[];

/** Positions closer than `tolerance` merge into one, weighted by how often each was seen. */
function cluster(values: readonly number[], tolerance: number): Array<{ at: number; count: number }> {
  const sorted = [...values].sort((a, b) => a - b);
  const groups: Array<{ sum: number; count: number; last: number }> = [];
  for (const value of sorted) {
    const group = groups.at(-1);
    if (group && value - group.last <= tolerance) {
      group.sum += value;
      group.count++;
      group.last = value;
    } else groups.push({ sum: value, count: 1, last: value });
  }
  return groups.map((group) => ({ at: group.sum / group.count, count: group.count }));
}

const isVertical = (rule: PdfRule) => rule.x1 === rule.x2;

/** Column edges from the vertical ruling lines below `top`, or null when the table has none. */
export function ruledEdges(
  page: PdfPage,
  top: number,
  settings: TableSettings = TABLE_SETTINGS,
): Edges | null {
  const verticals = page.rules.filter((rule) => isVertical(rule) && rule.y2 > top + settings.ruleSlack);
  const edges = cluster(
    verticals.map((rule) => rule.x1),
    settings.samePosition,
  ).map((group) => group.at);
  return edges.length >= 3 ? edges : null;
}

/**
 * Row separators: horizontal lines below `top` that run across most of the table. A line under a
 * spanning header cell (`JABATAN` over `LAMA`/`BARU`) covers only part of it and separates nothing.
 */
export function rowSeparators(
  page: PdfPage,
  edges: Edges,
  top: number,
  settings: TableSettings = TABLE_SETTINGS,
): number[] {
  const left = edges[0] ?? 0;
  const width = (edges.at(-1) ?? 0) - left;
  const spans = new Map<number, Array<[number, number]>>();
  for (const rule of page.rules) {
    if (isVertical(rule) || rule.y1 < top - settings.ruleSlack) continue;
    const key = Math.round(rule.y1 / settings.separatorStep) * settings.separatorStep;
    const found = [...spans.keys()].find((y) => Math.abs(y - key) <= settings.samePosition);
    const list = spans.get(found ?? key) ?? [];
    list.push([rule.x1, rule.x2]);
    spans.set(found ?? key, list);
  }
  const separators: number[] = [];
  for (const [y, segments] of spans) {
    if (covered(segments) >= width * settings.separatorShare) separators.push(y);
  }
  return separators.sort((a, b) => a - b);
}

function covered(segments: Array<[number, number]>): number {
  const sorted = [...segments].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = Number.NEGATIVE_INFINITY;
  for (const [from, to] of sorted) {
    if (to <= end) continue;
    total += to - Math.max(from, end);
    end = to;
  }
  return total;
}

/** An item begins a cell when it is first on its line or far from the item before it. */
function cellStarts(line: LayoutLine, settings: TableSettings): PdfTextItem[] {
  return line.items.filter((item, i) => {
    const before = line.items[i - 1];
    return !before || item.x - (before.x + before.width) > item.height * settings.cellGap;
  });
}

/**
 * Column edges of a table without rules: left-aligned cells start at the same x on every row, so
 * the x where cells start, seen on enough rows, are the column starts. A centred column (an ESELON
 * column of `III.a` and `-`) has no common start but a common centre: cells that start nowhere
 * known and share a centre make a column too, when no other cell reaches into it.
 */
export function alignedEdges(
  lines: readonly LayoutLine[],
  rows: number,
  settings: TableSettings = TABLE_SETTINGS,
  header: readonly LayoutLine[] = [],
): Edges | null {
  const starts = lines.flatMap((line) => cellStarts(line, settings));
  const seen = Math.max(2, rows * settings.columnSeenShare);
  const lefts = cluster(
    starts.map((item) => item.x),
    settings.columnStartTolerance,
  ).filter((group) => group.count >= seen);
  const known = (item: PdfTextItem) =>
    lefts.some((group) => Math.abs(item.x - group.at) <= settings.columnStartTolerance);
  const orphans = starts.filter((item) => !known(item));
  const all = lines.flatMap((line) => line.items);
  const centred: number[] = [];
  for (const group of cluster(
    orphans.map((item) => item.x + item.width / 2),
    settings.columnCentreTolerance,
  )) {
    if (group.count < seen) continue;
    const members = orphans.filter(
      (item) => Math.abs(item.x + item.width / 2 - group.at) <= settings.columnCentreTolerance,
    );
    const left = Math.min(...members.map((item) => item.x));
    const right = Math.max(...members.map((item) => item.x + item.width));
    const intruders = all.filter(
      (item) => !members.includes(item) && item.x < right && item.x + item.width > left,
    );
    if (intruders.length === 0) centred.push(left);
  }
  const columns = [...lefts.map((group) => group.at), ...centred];
  columns.push(...labelledColumns(header, columns, starts, settings));
  columns.sort((a, b) => a - b);
  if (columns.length < 3) return null;
  // The last column's label, centred over cells flush left in it, may reach past its widest cell.
  const labels = header.flatMap((line) => line.items);
  const right = Math.max(...[...all, ...labels].map((item) => item.x + item.width));
  return [...columns.map((at) => at - settings.columnEdgeMargin), right + settings.lastEdgeMargin];
}

/**
 * Columns the header names but the body did not show often enough: an empty KET column, a column
 * seen on one row of a short page. Under each header label with no column start between it and the
 * label before, the column starts where a cell under it starts, or else where the label starts.
 */
function labelledColumns(
  header: readonly LayoutLine[],
  columns: readonly number[],
  starts: readonly PdfTextItem[],
  settings: TableSettings,
): number[] {
  const tolerance = settings.columnStartTolerance;
  const weak = cluster(
    starts.map((item) => item.x),
    tolerance,
  );
  const added: number[] = [];
  let previousEnd = Number.NEGATIVE_INFINITY;
  for (const [left, right] of headerLabels(header, settings)) {
    const known = [...columns, ...added].some(
      (at) => at > previousEnd - tolerance && at <= right + tolerance,
    );
    if (!known) {
      const under = weak
        .filter((group) => group.at > previousEnd && group.at <= right + tolerance)
        .sort((a, b) => b.count - a.count || a.at - b.at)[0];
      added.push(under ? under.at : left);
    }
    previousEnd = right;
  }
  return added;
}

/**
 * The spans of the header's labels, left to right: words of one cell joined (also over lines), a
 * label spanning sub-labels (`JABATAN` over `LAMA` and `BARU`) left out for its sub-labels.
 */
function headerLabels(header: readonly LayoutLine[], settings: TableSettings): Array<[number, number]> {
  const spans: Array<{ line: number; at: [number, number] }> = [];
  header.forEach((line, index) => {
    for (const item of cellStarts(line, settings)) {
      const i = line.items.indexOf(item);
      let end = item.x + item.width;
      for (const next of line.items.slice(i + 1)) {
        if (next.x - end > next.height * settings.cellGap) break;
        end = next.x + next.width;
      }
      spans.push({ line: index, at: [item.x, end] });
    }
  });
  const overlaps = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1];
  // A spanning label covers sub-labels (`JABATAN` over `LAMA` and `BARU`): it overlaps two that do
  // not overlap each other, or, short and centred, it overlaps no label below it but stands between
  // two labels of a line below.
  const spanning = (span: { line: number; at: [number, number] }) => {
    const inside = spans.filter((other) => other !== span && overlaps(span.at, other.at));
    if (inside.some((a) => inside.some((b) => a !== b && !overlaps(a.at, b.at)))) return true;
    const below = spans.filter((other) => other.line > span.line);
    if (below.some((other) => overlaps(span.at, other.at))) return false;
    return below.some(
      (left) =>
        left.at[1] <= span.at[0] &&
        below.some((right) => right.line === left.line && right.at[0] >= span.at[1]),
    );
  };
  const merged: Array<[number, number]> = [];
  const kept = spans.filter((span) => !spanning(span)).map((span) => span.at);
  for (const span of kept.sort((a, b) => a[0] - b[0])) {
    const last = merged.at(-1);
    if (last && span[0] < last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([...span]);
  }
  return merged;
}

/** The column an item falls in by its centre, or -1 outside the table. */
export function columnOf(item: PdfTextItem, edges: Edges, settings: TableSettings = TABLE_SETTINGS): number {
  const centre = item.x + Math.min(item.width, settings.columnProbeWidth) / 2;
  for (let k = 0; k < edges.length - 1; k++) {
    if (centre >= (edges[k] ?? 0) && centre < (edges[k + 1] ?? 0)) return k;
  }
  return -1;
}

/** Columns an item covers by more than `spanShare` of its width each: more than one = a spanning label. */
export function columnsSpanned(
  item: PdfTextItem,
  edges: Edges,
  settings: TableSettings = TABLE_SETTINGS,
): number[] {
  const spanned: number[] = [];
  for (let k = 0; k < edges.length - 1; k++) {
    const overlap = Math.min(item.x + item.width, edges[k + 1] ?? 0) - Math.max(item.x, edges[k] ?? 0);
    if (overlap > item.width * settings.spanShare) spanned.push(k);
  }
  return spanned;
}

/**
 * An item that runs over a column edge holds the text of two cells: Ghostscript (PDF24) joins the
 * runs of one baseline into one item (`201005 1 030 (III/c)` over the NIP and grade columns). It is
 * cut at the space nearest the edge, the position of each character estimated from the item's width.
 */
export function splitAtEdges(
  item: PdfTextItem,
  edges: Edges,
  settings: TableSettings = TABLE_SETTINGS,
): PdfTextItem[] {
  if (!item.text.includes(' ')) return [item];
  const perChar = item.width / Math.max(1, item.text.length);
  const end = item.x + item.width;
  for (const edge of edges.slice(1, -1)) {
    if (edge <= item.x + perChar || edge >= end - perChar) continue;
    const estimate = (edge - item.x) / perChar;
    let cut = -1;
    for (let i = 0; i < item.text.length; i++) {
      if (item.text[i] !== ' ') continue;
      if (cut < 0 || Math.abs(i - estimate) < Math.abs(cut - estimate)) cut = i;
    }
    // A space far from the edge is a space inside a cell: this edge does not cut the item.
    if (Math.abs(cut - estimate) > settings.splitReach) continue;
    // The part right of the cut starts right of the edge it was cut at, whatever the estimate says.
    const rightX = Math.max(edge + 0.5, item.x + (cut + 1) * perChar);
    return [
      { ...item, text: item.text.slice(0, cut), width: Math.min(cut * perChar, edge - item.x) },
      ...splitAtEdges(
        { ...item, text: item.text.slice(cut + 1), x: rightX, width: end - rightX },
        edges,
        settings,
      ),
    ];
  }
  return [item];
}

/** The text of each column for a group of lines: lines within a cell joined by '\n'. */
export function cellTexts(
  lines: readonly LayoutLine[],
  edges: Edges,
  settings: TableSettings = TABLE_SETTINGS,
): string[] {
  const cells: PdfTextItem[][][] = Array.from({ length: edges.length - 1 }, () => []);
  for (const line of lines) {
    const perColumn = new Map<number, PdfTextItem[]>();
    for (const item of line.items.flatMap((whole) => splitAtEdges(whole, edges, settings))) {
      const k = columnOf(item, edges, settings);
      if (k < 0) continue;
      perColumn.set(k, [...(perColumn.get(k) ?? []), item]);
    }
    for (const [k, items] of perColumn) cells[k]?.push(items);
  }
  return cells.map((linesOfCell) => linesOfCell.map(joinItems).join('\n'));
}
