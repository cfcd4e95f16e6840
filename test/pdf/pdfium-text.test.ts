import { describe, expect, it } from 'vitest';
import { groupGlyphs, type PageGlyph } from '../../src/pdf/pdfium-text.js';

/** Glyphs of `text` set left to right from `x` on baseline `y`, each `advance` wide; `gaps` adds space before a glyph index. */
function line(
  text: string,
  x: number,
  options: { y?: number; size?: number; gaps?: Record<number, number> } = {},
) {
  const { y = 100, size = 10, gaps = {} } = options;
  const glyphs: PageGlyph[] = [];
  let at = x;
  let spaces = 0;
  [...text].forEach((char, index) => {
    at += gaps[index] ?? 0;
    const advance = size * 0.5;
    if (char === ' ') {
      spaces++;
      at += advance;
      return;
    }
    glyphs.push({
      text: char,
      x: at,
      y,
      endX: at + advance,
      endY: y,
      dirX: 1,
      dirY: 0,
      size,
      font: 1,
      fontSize: size,
      spaces,
    });
    spaces = 0;
    at += advance;
  });
  return glyphs;
}

const texts = (glyphs: PageGlyph[]) => groupGlyphs(glyphs).map((item) => item.text);

describe('PDFium glyphs grouped into runs as pdf.js groups them', () => {
  it('keeps words with their spaces in one run, with its start, width and size', () => {
    expect(groupGlyphs(line('NAMA PEGAWAI', 50))).toEqual([
      { text: 'NAMA PEGAWAI', x: 50, y: 100, width: 60, height: 10 },
    ]);
  });

  it('a gap without a space character up to 0.6 em is a space inside the run; wider starts a new run', () => {
    expect(texts(line('ab', 0, { gaps: { 1: 5 } }))).toEqual(['a b']);
    expect(texts(line('ab', 0, { gaps: { 1: 7 } }))).toEqual(['a', 'b']);
  });

  it('a column gap after a space starts a new run', () => {
    expect(texts(line('IV/a 1971', 0, { gaps: { 5: 20 } }))).toEqual(['IV/a', '1971']);
  });

  it('a space the next glyph closes up over ends the run (as pdf.js does), two spaces do not', () => {
    const one = line('a b', 0).map((glyph) =>
      glyph.text === 'b' ? { ...glyph, x: 5.5, endX: 10.5 } : glyph,
    );
    expect(texts(one)).toEqual(['a', 'b']);
  });

  it('a step back, another baseline or another font starts a new run', () => {
    expect(texts([...line('ab', 50), ...line('cd', 10)])).toEqual(['ab', 'cd']);
    expect(texts([...line('ab', 0), ...line('cd', 10, { y: 112 })])).toEqual(['ab', 'cd']);
    const bold = line('cd', 10).map((glyph) => ({ ...glyph, font: 2 }));
    expect(texts([...line('ab', 0), ...bold])).toEqual(['ab', 'cd']);
  });

  it('the letters PDFium splits a ligature into stay together', () => {
    const [f, i] = line('fi', 0);
    expect(texts([f as PageGlyph, { ...(i as PageGlyph), x: 0, endX: 5 }])).toEqual(['fi']);
  });

  it('normalizes the compatibility characters pdf.js normalizes', () => {
    expect(texts(line('\ufb01le', 0))).toEqual(['file']);
  });

  it('reads text set downwards on a page turned by /Rotate along its own direction', () => {
    const down = line('NIP 1971', 0).map((glyph) => ({
      ...glyph,
      x: 300,
      y: glyph.x,
      endX: 300,
      endY: glyph.endX,
      dirX: 0,
      dirY: 1,
    }));
    expect(groupGlyphs(down)).toEqual([{ text: 'NIP 1971', x: 300, y: 0, width: 40, height: 10 }]);
  });
});
