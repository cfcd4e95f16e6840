import { describe, expect, it } from 'vitest';
import { attachmentNumeral, attachmentReference } from '../../src/domain/attachment-numeral.js';

describe('attachmentNumeral', () => {
  it.each([
    ['I', 'I'],
    ['IV', 'IV'],
    ['VI', 'VI'],
    ['XIV', 'XIV'],
    ['2', 'II'],
    ['04', 'IV'],
    ['12', 'XII'],
  ])('%s -> %s', (text, numeral) => expect(attachmentNumeral(text)).toBe(numeral));

  it.each(['IIII', 'VV', 'IIV', '0', '00', '40', 'A', ''])('%s is no lampiran numeral', (text) =>
    expect(attachmentNumeral(text)).toBeNull(),
  );
});

describe('attachmentReference', () => {
  it.each([
    ['sebagaimana tercantum dalam Lampiran II Keputusan ini', 'II'],
    ['tercantum dalam LAMPIRAN III', 'III'],
    ['Lampiran ke-2', 'II'],
    ['(Lampiran 5)', 'V'],
  ])('%s -> %s', (text, numeral) => expect(attachmentReference(text)).toBe(numeral));

  it.each([
    'Lampiran I sampai dengan Lampiran VI',
    'Lampiran I s.d. VI',
    'Lampiran I s/d VI',
    'Lampiran I dan II',
    'Lampiran I, II dan III',
    'Lampiran I - III',
    'Lampiran II; dan Lampiran IV',
    'tercantum dalam Lampiran Keputusan ini',
    'Lampiran ini',
  ])('%s names no one lampiran', (text) => expect(attachmentReference(text)).toBeNull());
});
