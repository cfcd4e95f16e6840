import { describe, expect, it } from 'vitest';
import { fileCount, fileOfSource } from '../src/part-source.js';

describe('the file of a document of one input', () => {
  it.each([
    ['lampiran.xlsx#LAMPIRAN II', 'lampiran.xlsx'],
    ['arsip/daftar.pdf#821.2/72/BKPSDM-III/2022', 'arsip/daftar.pdf'],
    ['daftar.docx#800/114/BKPSDM-III/2022~2', 'daftar.docx'],
    ['SK #12.pdf', 'SK #12.pdf'],
    ['arsip #3/keputusan.pdf', 'arsip #3/keputusan.pdf'],
    ['keputusan.pdf', 'keputusan.pdf'],
  ])('%s is of %s', (source, file) => {
    expect(fileOfSource(source)).toBe(file);
  });

  it('counts the sheets of one workbook once', () => {
    expect(fileCount(['k.pdf', 'l.xlsx#LAMPIRAN I', 'l.xlsx#LAMPIRAN II'])).toBe(2);
    expect(fileCount(['k.pdf', 'l1.docx', 'l2.odt'])).toBe(3);
  });
});
