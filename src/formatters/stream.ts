import type { Document, Summary } from '../model.js';
import { SCHEMA_VERSION } from '../schema-version.js';
import { appointeesCsvPieces, csvHeader, findingsCsvPieces } from './csv.js';
import { htmlStream } from './html.js';
import type { Paper } from './html-css.js';
import type { Lang } from './html-labels.js';
import { jsonDocumentPieces, ndjsonDocumentPieces, pieces } from './json.js';
import { type TextOptions, textDocumentLines, textSummary } from './text.js';
import { xlsxStream } from './xlsx.js';

/** The report formats; `xlsx` is the one binary format, written to a file only. */
export const FORMATS = ['text', 'json', 'ndjson', 'csv', 'html', 'xlsx'] as const;
export type Format = (typeof FORMATS)[number];

/** What the printable formats (html, xlsx) take besides the text options. */
export interface PrintOptions {
  lang?: Lang | undefined;
  paper?: Paper | undefined;
}

/**
 * A report written as it is made: `start`, then each document, then `end` with the summary. The
 * pieces joined are byte for byte the whole-report formatters' output, so streaming changes nothing
 * a script sees but when it sees it.
 */
export interface ReportStream {
  start(): string;
  document(doc: Document): string;
  /** The document's text in pieces: a roster of a million findings is never one string. */
  pieces(doc: Document): Iterable<string>;
  end(summary: Summary): string;
}

/** A stream whose documents come whole or in pieces: each is the other joined or split. */
function streamOf(
  start: () => string,
  parts: (doc: Document) => Iterable<string>,
  end: (summary: Summary) => string,
): ReportStream {
  return { start, pieces: parts, document: (doc) => [...parts(doc)].join(''), end };
}

/** `end` gives the whole workbook for xlsx, text for every other format. */
export type AnyReportStream =
  | ReportStream
  | (Omit<ReportStream, 'end'> & { end(summary: Summary): Promise<Uint8Array> });

export function reportStream(
  format: Exclude<Format, 'xlsx'>,
  mode: 'check' | 'extract',
  text: TextOptions,
  print?: PrintOptions,
): ReportStream;
export function reportStream(
  format: Format,
  mode: 'check' | 'extract',
  text: TextOptions,
  print?: PrintOptions,
): AnyReportStream;
export function reportStream(
  format: Format,
  mode: 'check' | 'extract',
  text: TextOptions,
  print: PrintOptions = {},
): AnyReportStream {
  switch (format) {
    case 'html': {
      const html = htmlStream(print);
      return { ...html, pieces: (doc) => [html.document(doc)] };
    }
    case 'xlsx': {
      const xlsx = xlsxStream(print);
      return { ...xlsx, pieces: (doc) => [xlsx.document(doc)] };
    }
    case 'json':
      return jsonStream();
    case 'ndjson':
      return streamOf(
        () => '',
        ndjsonDocumentPieces,
        (summary) => `${JSON.stringify({ schemaVersion: SCHEMA_VERSION, summary })}\n`,
      );
    case 'csv':
      return mode === 'extract'
        ? streamOf(
            () => csvHeader('appointees'),
            appointeesCsvPieces,
            () => '',
          )
        : streamOf(
            () => csvHeader('findings'),
            findingsCsvPieces,
            () => '',
          );
    case 'text':
      return textStream({ ...text, mode });
  }
}

/** `JSON.stringify(report, null, 2)`, one document at a time. */
function jsonStream(): ReportStream {
  let count = 0;
  return streamOf(
    () => `{\n  "schemaVersion": ${SCHEMA_VERSION},\n  "documents": [`,
    function* (doc) {
      yield `${count++ === 0 ? '' : ','}\n    `;
      yield* jsonDocumentPieces(doc, '    ');
    },
    (summary) => {
      const close = count === 0 ? ']' : '\n  ]';
      return `${close},\n  "summary": ${JSON.stringify(summary, null, 2).replace(/\n/g, '\n  ')}\n}\n`;
    },
  );
}

/** Blocks separated by a blank line, the summary last unless quiet. */
function textStream(options: TextOptions): ReportStream {
  let blocks = 0;
  const block = (text: string) => `${blocks++ === 0 ? '' : '\n'}${text}\n`;
  return streamOf(
    () => '',
    function* (doc) {
      const lines = textDocumentLines(doc, options);
      if (lines === null) return;
      yield* pieces(
        (function* () {
          let first = true;
          for (const line of lines) {
            yield first ? `${blocks++ === 0 ? '' : '\n'}${line}` : `\n${line}`;
            first = false;
          }
          yield '\n';
        })(),
      );
    },
    (summary) => (options.quiet ? '' : block(textSummary(summary, options))),
  );
}
