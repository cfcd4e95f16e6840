import type { Document, Report } from '../model.js';

/** One JSON document, two-space indented, newline-terminated. */
export function formatJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** One line per document, in input order, then one line with the summary. */
export function formatNdjsonDocument(document: Document): string {
  return `${JSON.stringify(document)}\n`;
}

export function formatNdjson(report: Report): string {
  const summary = JSON.stringify({ schemaVersion: report.schemaVersion, summary: report.summary });
  return `${report.documents.map(formatNdjsonDocument).join('')}${summary}\n`;
}
