import { mkdir } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { readTableTraces } from '../debug-table/read.js';
import { traceSvg } from '../debug-table/svg.js';
import { errorMessage, SkError } from '../errors.js';
import type { BandKind, PageTrace } from '../extract/table-trace.js';
import { pageRanges } from '../i18n/outcome.js';
import { stderrLine } from '../printable.js';
import { isOneOf, writeAtomically } from './output.js';
import { EXIT, type Io } from './report-writer.js';

export interface DebugTableFlags {
  page?: number;
  output?: string;
  password?: string;
}

/** `sk-check debug-table FILE.pdf`: one SVG per attachment page (or the one asked for), one line each. */
export async function debugTable(file: string, flags: DebugTableFlags, io: Io): Promise<number> {
  const fail = (message: string) => {
    io.stderr.write(stderrLine(message));
    return EXIT.trouble;
  };
  let traces: PageTrace[];
  let attachmentPages: number[];
  let unusedHints: string[];
  try {
    ({ traces, attachmentPages, unusedHints } = await readTableTraces(file, {
      password: flags.password,
      stdin: io.stdin,
    }));
  } catch (error) {
    const code = error instanceof SkError ? error.code : 'internal-error';
    return fail(`${file}: ${errorMessage(error)} (${code})`);
  }
  if (attachmentPages.length === 0)
    return fail(
      `${file}: no attachment page (a LAMPIRAN ... NOMOR ... TANGGAL block) to draw (attachment-missing)`,
    );
  if (flags.page !== undefined && !attachmentPages.includes(flags.page)) {
    const pages = attachmentPages.length === 1 ? 'page' : 'pages';
    return fail(
      `${file}: page ${flags.page} is not an attachment page; the attachment is on ${pages} ${pageRanges(attachmentPages)}`,
    );
  }
  for (const message of unusedHints) io.stderr.write(stderrLine(`${file}: ${message} (column-hint-unused)`));
  const dir = flags.output ?? '.';
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    return fail(`${dir}: cannot create the folder: ${errorMessage(error)}`);
  }
  const stem = file === '-' ? 'stdin' : basename(file, extname(file));
  for (const trace of traces) {
    if (flags.page !== undefined && trace.page !== flags.page) continue;
    const path = join(dir, `${stem}-page-${trace.page}.svg`);
    if (isOneOf(path, [file])) return fail(`${path}: refusing to write the picture over the input file`);
    try {
      await writeAtomically(path, traceSvg(trace));
    } catch (error) {
      return fail(`${path}: cannot write the picture: ${errorMessage(error)}`);
    }
    io.stdout.write(`wrote ${path} (${summary(trace)})\n`);
  }
  return EXIT.clean;
}

/** `14 rows, 2 continuations`, or why the page gave none. */
function summary(trace: PageTrace): string {
  if (trace.edges === null) return `no table read: ${trace.note ?? 'no table on this page'}`;
  const count = (kind: BandKind) => trace.bands.filter((band) => band.kind === kind).length;
  const rows = count('person');
  const continuations = count('continuation');
  const counted = `${plural(rows, 'row')}, ${plural(continuations, 'continuation')}`;
  return trace.note ? `${counted}; ${trace.note}` : counted;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
