import { attachmentBlockBelowRows, attachmentNumeralOf, isAttachmentStart } from './decree-text.js';
import type { AttachmentTable } from './document.js';
import type { TextLine } from './text-lines.js';

/**
 * Rows of numbered lampiran (`LAMPIRAN I`, `LAMPIRAN II`, in one file or one each) learn the numeral
 * of theirs: each attachment page belongs to the block it starts, or to the block of the page
 * before. Where a block starts below the top of a page, none does. A dictum's part that names a lampiran is counted against that lampiran's rows alone, and
 * a new lampiran may number its rows from 1 again, as after a section row.
 */
export function numberAttachments(
  attachment: AttachmentTable,
  lines: readonly TextLine[],
  attachmentPages: readonly number[],
): void {
  const byPage = new Map<number, TextLine[]>();
  for (const line of lines) byPage.set(line.page, [...(byPage.get(line.page) ?? []), line]);
  const numeralOf = new Map<number, string | null>();
  let current: string | null = null;
  for (const page of attachmentPages) {
    const on = byPage.get(page) ?? [];
    // A block that starts below a page's top (Lampiran II printed under the end of Lampiran I): the
    // page does not tell whose rows are whose, and no row is given a lampiran it may not be in.
    if (attachmentBlockBelowRows(on)) return;
    // A page that starts an unnumbered block ends the numbered one before it.
    if (isAttachmentStart(on)) current = attachmentNumeralOf(on);
    numeralOf.set(page, current);
  }
  for (const { appointee } of attachment.records) {
    const numeral = appointee.page === undefined ? null : numeralOf.get(appointee.page);
    if (numeral) appointee.attachment = numeral;
  }
  let previous: string | null | undefined;
  for (const row of attachment.rows) {
    const numeral = numeralOf.get(row.page) ?? null;
    if (previous !== undefined && numeral !== previous) row.restart = true;
    previous = numeral;
  }
}
