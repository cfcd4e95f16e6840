import type { PdfTextItem } from './page.js';

/** One glyph as PDFium places it, in points from the page's top-left (after /Rotate). */
export interface PageGlyph {
  text: string;
  /** Origin, on the baseline. */
  x: number;
  y: number;
  /** Where the glyph's advance ends. */
  endX: number;
  endY: number;
  /** The writing direction, a unit vector. */
  dirX: number;
  dirY: number;
  /** The size the glyph is drawn at (the font size times the text and page scale). */
  size: number;
  /** The font object and its nominal size: a run never spans a change of font, as in pdf.js. */
  font: number;
  fontSize: number;
  /** Whitespace characters the content stream had between the glyph before and this one. */
  spaces: number;
}

/**
 * pdf.js's `getTextContent` thresholds, in fractions of the font size, so that the runs PDFium's
 * glyphs are grouped into are the items the table reader was built on: a gap up to a tracking space
 * joins glyphs, a gap up to 0.6 em is a space inside the run, a wider gap, a step back or a change
 * of baseline starts a new run (pdf.js `compareWithLastPosition`).
 */
const RUN = {
  /** Up to this gap glyphs touch (letter spacing, kerning). */
  trackingSpace: 0.102,
  /** Up to this gap a space in the stream is ignored (an overlapping glyph). */
  notASpace: 0.03,
  /** A step back by more than this starts a new run. */
  negativeSpace: -0.2,
  /** Wider than this, a gap is a column's edge, not a space. */
  spaceInFlow: 0.6,
  /** A baseline moved by more than this ends the run (a superscript, the next line). */
  verticalShift: 0.25,
} as const;

/** Points: PDFium's single-precision boxes against pdf.js's doubles, so that a gap on a threshold falls the same way. */
const PRECISION = 0.02;

/** Compatibility characters pdf.js normalizes (NFKC): ligatures, odd spaces, presentation forms. */
const NORMALIZE =
  /[\u00a0\u00b5\u037e\u0eb3\u2000-\u200a\u202f\u2126\ufb00-\ufb04\ufb06\ufb20-\ufb36\ufb38-\ufb3c\ufb3e\ufb40-\ufb41\ufb43-\ufb44\ufb46-\ufba1\ufba4-\ufba9\ufbae-\ufbb1\ufbd3-\ufbdc\ufbde-\ufbe7\ufbea-\ufbf8\ufbfc-\ufbfd\ufc00-\ufc5d\ufc64-\ufcf1\ufcf5-\ufd3d\ufd88\ufdf4\ufdfa-\ufdfb\ufe71\ufe77\ufe79\ufe7b\ufe7d\ufb05]+/gu;

interface Run {
  text: string;
  first: PageGlyph;
  last: PageGlyph;
}

/** Groups a page's glyphs, in content order, into runs of text as pdf.js does. */
export function groupGlyphs(glyphs: readonly PageGlyph[]): PdfTextItem[] {
  const items: PdfTextItem[] = [];
  let run: Run | null = null;
  const flush = () => {
    if (!run) return;
    const { first, last } = run;
    items.push({
      text: run.text.replace(NORMALIZE, (chars) => chars.normalize('NFKC')),
      x: first.x,
      y: first.y,
      width: Math.abs((last.endX - first.x) * first.dirX + (last.endY - first.y) * first.dirY),
      height: first.size,
    });
    run = null;
  };
  for (const glyph of glyphs) {
    if (run && (glyph.font !== run.first.font || glyph.fontSize !== run.first.fontSize)) flush();
    // PDFium splits a ligature (fi) into its letters, each at the ligature's place: one glyph to pdf.js.
    const ligature = run && glyph.x === run.last.x && glyph.y === run.last.y && glyph.spaces === 0;
    if (run && !ligature) {
      const { last } = run;
      const size = run.first.size;
      const advance = (glyph.x - last.endX) * glyph.dirX + (glyph.y - last.endY) * glyph.dirY;
      const shift = Math.abs((glyph.y - last.endY) * glyph.dirX - (glyph.x - last.endX) * glyph.dirY);
      const spaced = glyph.spaces === 1 && advance > RUN.notASpace * size;
      if (advance < RUN.negativeSpace * size || shift > size) flush();
      else if (advance <= RUN.trackingSpace * size) {
        // pdf.js ends the run at a space the glyphs close up over.
        if (spaced) flush();
      } else if (advance <= RUN.spaceInFlow * size + PRECISION) run.text += ' ';
      else flush();
      if (run && shift > RUN.verticalShift * size) flush();
    }
    if (run) {
      run.text += glyph.text;
      run.last = glyph;
    } else run = { text: glyph.text, first: glyph, last: glyph };
  }
  flush();
  return items.filter((item) => item.text.trim() !== '');
}
