#!/usr/bin/env node
// Writes test/fuzz/hangs/slow-page-2m-strokes.pdf: one A4 page whose content stream draws two million
// short strokes (a Flate stream of ~90 KB that inflates to ~40 MB, under --max-inflated's default).
// PDFium spends seconds to minutes inside that one page, so neither the reader's clock (checked
// between pages) nor any await can end it: only stopping the thread that reads it can (README of
// hangs/). No tools needed; reruns write the same bytes.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const STROKES = 2_000_000;
const OUT = new URL('./hangs/slow-page-2m-strokes.pdf', import.meta.url);

const ops = [];
// A stroke a little higher every thousand: the same few bytes over and over, so the stream packs small.
for (let i = 0; i < STROKES; i++)
  ops.push(i % 1000 === 0 ? '1 0 0 1 0 0.25 cm 40 40 m 43 40 l S' : '40 40 m 43 40 l S');
const content = deflateSync(Buffer.from(ops.join('\n')), { level: 9 });
const objects = [
  '<< /Type /Catalog /Pages 2 0 R >>',
  '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
  '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
];
const parts = [Buffer.from('%PDF-1.4\n')];
let length = parts[0].length;
const add = (bytes) => {
  parts.push(bytes);
  length += bytes.length;
};
const offsets = [];
objects.forEach((object, i) => {
  offsets.push(length);
  add(Buffer.from(`${i + 1} 0 obj\n${object}\nendobj\n`));
});
offsets.push(length);
add(Buffer.from(`4 0 obj\n<< /Length ${content.length} /Filter /FlateDecode >>\nstream\n`));
add(content);
add(Buffer.from('\nendstream\nendobj\n'));
const xref = length;
const rows = offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
add(
  Buffer.from(
    `xref\n0 5\n0000000000 65535 f \n${rows}trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`,
  ),
);
writeFileSync(OUT, Buffer.concat(parts));
