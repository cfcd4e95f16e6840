import type { PdfPage } from '../pdf/pdf.js';
import {
  attachmentBlockBelowRows,
  attachmentBlocks,
  attachmentNumeralOf,
  type BlockHeading,
  blockHeadingsBelowRows,
  isAttachmentStart,
} from './decree-text.js';
import type { AttachmentTable, TableRow } from './document.js';
import type { LayoutLine } from './layout.js';
import type { TextLine } from './text-lines.js';

/** A page where a block starts partway down: its rows above the first heading keep `before`. */
interface SplitPage {
  before: string | null;
  blocks: Array<BlockHeading & { y: number }>;
}

/**
 * Rows of numbered lampiran (`LAMPIRAN I`, `LAMPIRAN II`, in one file or one each) learn the numeral
 * of theirs: each attachment page belongs to the block it starts, or to the block of the page
 * before. Where a block starts below the top of a page (Lampiran II printed under the end of
 * Lampiran I), a row above its heading keeps the lampiran before, a row under it takes the new one;
 * when the positions of the rows or of the heading are not known, no row is given a lampiran it may
 * not be in. A dictum's part that names a lampiran is counted against that lampiran's rows alone,
 * and a new lampiran may number its rows from 1 again, as after a section row.
 */
export function numberAttachments(
  attachment: AttachmentTable,
  lines: readonly TextLine[],
  attachmentPages: readonly number[],
): void {
  const byPage = new Map<number, TextLine[]>();
  for (const line of lines) {
    const onPage = byPage.get(line.page);
    if (onPage) onPage.push(line);
    else byPage.set(line.page, [line]);
  }
  const numeralOf = new Map<number, string | null>();
  const splitPages = new Map<number, SplitPage>();
  // Rows are matched to records one to one, as the PDF reader builds them.
  const placed = attachment.records.length === attachment.rows.length;
  let current: string | null = null;
  for (const page of attachmentPages) {
    const on = byPage.get(page) ?? [];
    if (attachmentBlockBelowRows(on)) {
      const blocks = attachmentBlocks(on);
      const rows = attachment.rows.filter((row) => row.page === page);
      const known = (block: BlockHeading): block is BlockHeading & { y: number } => block.y !== undefined;
      if (!placed || !blocks.every(known) || rows.some((row) => row.y === undefined)) return;
      splitPages.set(page, { before: current, blocks });
      current = blocks.at(-1)?.numeral ?? null;
      continue;
    }
    // A page that starts an unnumbered block ends the numbered one before it.
    if (isAttachmentStart(on)) current = attachmentNumeralOf(on);
    numeralOf.set(page, current);
  }
  const numeralOfRow = (row: TableRow): string | null => {
    const split = splitPages.get(row.page);
    if (!split) return numeralOf.get(row.page) ?? null;
    const above = split.blocks.filter((block) => block.y <= (row.y ?? Number.NEGATIVE_INFINITY));
    return above.length > 0 ? (above.at(-1)?.numeral ?? null) : split.before;
  };
  attachment.records.forEach(({ appointee }, i) => {
    const row = placed ? attachment.rows[i] : undefined;
    const numeral =
      row && splitPages.has(row.page)
        ? numeralOfRow(row)
        : appointee.page === undefined
          ? null
          : numeralOf.get(appointee.page);
    if (numeral) appointee.attachment = numeral;
  });
  let previous: string | null | undefined;
  for (const row of attachment.rows) {
    const numeral = numeralOfRow(row);
    if (previous !== undefined && numeral !== previous) row.restart = true;
    previous = numeral;
  }
}

/**
 * A page's lines cut at each LAMPIRAN block that starts below rows of a table, each part with the
 * ruling lines between its top and the next part's (a table's rules are not another table's).
 */
export function blockSegments(
  lines: readonly LayoutLine[],
  page: PdfPage,
): Array<{ lines: LayoutLine[]; rules: PdfPage['rules'] }> {
  const headings = blockHeadingsBelowRows(lines);
  if (headings.length === 0) return [{ lines: [...lines], rules: page.rules }];
  const cuts = [0, ...headings, lines.length];
  return cuts.slice(1).map((end, i) => {
    const from = i === 0 ? Number.NEGATIVE_INFINITY : (lines[cuts[i] ?? 0]?.top ?? 0);
    const to = end === lines.length ? Number.POSITIVE_INFINITY : (lines[end]?.top ?? 0);
    const rules = page.rules.filter(
      (rule) => (rule.y1 + rule.y2) / 2 >= from && (rule.y1 + rule.y2) / 2 < to,
    );
    return { lines: lines.slice(cuts[i], end), rules };
  });
}
