import type { Document, Summary } from '../model.js';
import { SCHEMA_VERSION } from '../schema-version.js';
import { appointeesCsvRows, csvHeader, findingsCsvRows } from './csv.js';
import { htmlStream } from './html.js';
import type { Paper } from './html-css.js';
import type { Lang } from './html-labels.js';
import { formatNdjsonDocument } from './json.js';
import { type TextOptions, textDocument, textSummary } from './text.js';
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
  end(summary: Summary): string;
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
    case 'html':
      return htmlStream(print);
    case 'xlsx':
      return xlsxStream(print);
    case 'json':
      return jsonStream();
    case 'ndjson':
      return {
        start: () => '',
        document: formatNdjsonDocument,
        end: (summary) => `${JSON.stringify({ schemaVersion: SCHEMA_VERSION, summary })}\n`,
      };
    case 'csv':
      return mode === 'extract'
        ? { start: () => csvHeader('appointees'), document: appointeesCsvRows, end: () => '' }
        : { start: () => csvHeader('findings'), document: findingsCsvRows, end: () => '' };
    case 'text':
      return textStream({ ...text, mode });
  }
}

/** `JSON.stringify(report, null, 2)`, one document at a time. */
function jsonStream(): ReportStream {
  let count = 0;
  return {
    start: () => `{\n  "schemaVersion": ${SCHEMA_VERSION},\n  "documents": [`,
    document(doc) {
      const indented = JSON.stringify(doc, null, 2).replace(/\n/g, '\n    ');
      return `${count++ === 0 ? '' : ','}\n    ${indented}`;
    },
    end(summary) {
      const close = count === 0 ? ']' : '\n  ]';
      return `${close},\n  "summary": ${JSON.stringify(summary, null, 2).replace(/\n/g, '\n  ')}\n}\n`;
    },
  };
}

/** Blocks separated by a blank line, the summary last unless quiet. */
function textStream(options: TextOptions): ReportStream {
  let blocks = 0;
  const block = (text: string) => `${blocks++ === 0 ? '' : '\n'}${text}\n`;
  return {
    start: () => '',
    document(doc) {
      const text = textDocument(doc, options);
      return text === null ? '' : block(text);
    },
    end: (summary) => (options.quiet ? '' : block(textSummary(summary, options))),
  };
}
