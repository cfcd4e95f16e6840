import { describe, expect, it } from 'vitest';
import { splitAtEdges } from '../../src/extract/grid.js';

const item = (text: string, x: number, width: number) => ({ text, x, y: 100, width, height: 9 });

describe('splitAtEdges', () => {
  it('cuts an item joined over a column edge (Ghostscript) at the space nearest the edge', () => {
    // `201005 1 030` in the NIP column (205.8..259.6), `(III/c)` in the grade column.
    const parts = splitAtEdges(item('201005 1 030 (III/c)', 207.6, 75.3), [51, 205.8, 259.6, 350]);
    expect(parts.map((part) => part.text)).toEqual(['201005 1 030', '(III/c)']);
    expect(parts[1]?.x).toBeGreaterThan(255);
  });

  it('leaves an item inside one column, or one whose spaces are far from the edge, whole', () => {
    expect(splitAtEdges(item('Kepala Bidang', 60, 50), [51, 205.8, 259.6])).toHaveLength(1);
    expect(splitAtEdges(item('KEPALA DINASPADAKOTA', 150, 100), [51, 205.8, 259.6])).toHaveLength(1);
  });

  it('cuts an item over two edges into three', () => {
    const parts = splitAtEdges(item('1. BUDI III/a', 40, 57), [38, 52, 80, 200]);
    expect(parts.map((part) => part.text)).toEqual(['1.', 'BUDI', 'III/a']);
  });
});

describe('splitAtEdges over three columns', () => {
  it('cuts name, NIP and grade joined into one item (Ghostscript), each into its column', () => {
    const edges = [51, 71.2, 168.1, 208.7, 277.3];
    const parts = splitAtEdges(item('DEWI LESTARI, A.Md., 19721122 Penata Tk. I', 73, 181), edges);
    expect(parts.map((part) => part.text)).toEqual(['DEWI LESTARI, A.Md.,', '19721122', 'Penata Tk. I']);
  });
});
