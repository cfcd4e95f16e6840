import type { Readable } from 'node:stream';
import { SkError } from '../errors.js';
import { extractAttachment } from '../extract/attachment.js';
import { extractDecreeText } from '../extract/decree-text.js';
import { pageLines, textLines } from '../extract/layout.js';
import type { PageTrace } from '../extract/table-trace.js';
import { DEFAULT_LIMITS, withinTime } from '../limits.js';
import { openInput } from '../sources/input.js';
import { openPdf } from '../sources/pdf.js';

/** What the attachment reader saw on a decree's attachment pages. */
export interface TableTraces {
  attachmentPages: number[];
  traces: PageTrace[];
}

export interface ReadOptions {
  password?: string | undefined;
  stdin?: Readable | undefined;
}

/**
 * Reads a decree PDF as `extractDecree` does, up to the attachment table, and returns the table
 * reader's trace of every attachment page. Unlike a check, every attachment page's ruling lines are
 * loaded: the picture shows them even where the reader did without.
 */
export async function readTableTraces(source: string, options: ReadOptions = {}): Promise<TableTraces> {
  const controller = new AbortController();
  return withinTime(read(source, options, controller.signal), DEFAULT_LIMITS.timeout, () =>
    controller.abort(),
  );
}

async function read(source: string, options: ReadOptions, signal: AbortSignal): Promise<TableTraces> {
  const input = await openInput(source, options.stdin, {}, signal);
  if (input.kind !== 'pdf')
    throw new SkError('file-unsupported', 'debug-table draws the attachment table of a PDF decree only');
  const pdf = await openPdf(input, { password: options.password, signal });
  try {
    const { attachmentPages } = extractDecreeText(textLines(pdf.pages.flatMap(pageLines)));
    await pdf.loadRules(attachmentPages);
    return { attachmentPages, traces: extractAttachment(pdf.pages, attachmentPages).trace };
  } finally {
    await pdf.close();
  }
}
