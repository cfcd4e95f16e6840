import type { Document, Report } from '../model.js';
import { each, sizeOf } from '../spill.js';

/** One JSON document, two-space indented, newline-terminated. */
export function formatJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** One line per document, in input order, then one line with the summary. */
function formatNdjsonDocument(document: Document): string {
  return [...ndjsonDocumentPieces(document)].join('');
}

export function formatNdjson(report: Report): string {
  const summary = JSON.stringify({ schemaVersion: report.schemaVersion, summary: report.summary });
  return `${report.documents.map(formatNdjsonDocument).join('')}${summary}\n`;
}

/** Pieces of about this many characters: few writes, and never the whole of a big document at once. */
const PIECE = 1 << 16;

/** Joins small strings into pieces of about `PIECE` characters. */
export function* pieces(parts: Iterable<string>): Generator<string> {
  let piece = '';
  for (const part of parts) {
    piece += part;
    if (piece.length >= PIECE) {
      yield piece;
      piece = '';
    }
  }
  if (piece !== '') yield piece;
}

/**
 * `JSON.stringify(doc, null, 2)` as pieces, each line indented by `indent` more: its appointees and
 * findings one by one, however many a roster has (some may stand in a spill file).
 */
export function jsonDocumentPieces(doc: Document, indent: string): Generator<string> {
  const nl = `\n${indent}`;
  function* parts(): Generator<string> {
    const entries = Object.entries(doc).filter(([, value]) => value !== undefined);
    yield '{';
    for (const [index, [key, value]] of entries.entries()) {
      const head = `${index === 0 ? '' : ','}${nl}  ${JSON.stringify(key)}: `;
      if (!Array.isArray(value) || sizeOf(value) === 0) {
        yield `${head}${JSON.stringify(value, null, 2).replace(/\n/g, `${nl}  `)}`;
        continue;
      }
      yield `${head}[`;
      let first = true;
      for (const item of each(value as unknown[])) {
        yield `${first ? '' : ','}${nl}    ${JSON.stringify(item, null, 2).replace(/\n/g, `${nl}    `)}`;
        first = false;
      }
      yield `${nl}  ]`;
    }
    yield `${nl}}`;
  }
  return pieces(parts());
}

/** `JSON.stringify(doc)` and a newline, as pieces. */
export function ndjsonDocumentPieces(doc: Document): Generator<string> {
  function* parts(): Generator<string> {
    const entries = Object.entries(doc).filter(([, value]) => value !== undefined);
    yield '{';
    for (const [index, [key, value]] of entries.entries()) {
      const head = `${index === 0 ? '' : ','}${JSON.stringify(key)}:`;
      if (!Array.isArray(value)) {
        yield `${head}${JSON.stringify(value)}`;
        continue;
      }
      yield `${head}[`;
      let first = true;
      for (const item of each(value as unknown[])) {
        yield `${first ? '' : ','}${JSON.stringify(item)}`;
        first = false;
      }
      yield ']';
    }
    yield '}\n';
  }
  return pieces(parts());
}
