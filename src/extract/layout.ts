import type { PdfPage, PdfTextItem } from '../pdf/pdf.js';
import type { TextLine } from './text-lines.js';

/** Items that share a baseline, left to right. */
export interface LayoutLine {
  page: number;
  y: number;
  top: number;
  items: PdfTextItem[];
  text: string;
}

/** Joins items on one line; a gap wider than a fraction of the font size is a space. */
export function joinItems(items: readonly PdfTextItem[]): string {
  let text = '';
  let end = Number.NEGATIVE_INFINITY;
  for (const item of items) {
    const gap = item.x - end;
    if (text && !text.endsWith(' ') && !item.text.startsWith(' ') && gap > item.height * 0.12) text += ' ';
    text += item.text;
    end = item.x + item.width;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** Groups a page's items into lines by baseline (within a third of the font size). */
export function pageLines(page: PdfPage): LayoutLine[] {
  const items = [...page.items].sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: LayoutLine[] = [];
  let current: PdfTextItem[] = [];
  let baseline = Number.NaN;
  const flush = () => {
    if (current.length === 0) return;
    const sorted = current.sort((a, b) => a.x - b.x);
    const top = Math.min(...sorted.map((item) => item.y - item.height));
    lines.push({ page: page.number, y: baseline, top, items: sorted, text: joinItems(sorted) });
    current = [];
  };
  for (const item of items) {
    if (current.length > 0 && Math.abs(item.y - baseline) > Math.max(1, item.height / 3)) flush();
    if (current.length === 0) baseline = item.y;
    current.push(item);
  }
  flush();
  return lines.filter((line) => line.text !== '');
}

export function textLines(lines: readonly LayoutLine[]): TextLine[] {
  return lines.map((line) => ({ page: line.page, text: line.text, y: line.y }));
}
