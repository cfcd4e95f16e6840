import { mkdir } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { readTableTraces } from '../debug-table/read.js';
import { traceSvg } from '../debug-table/svg.js';
import { errorMessage, errorText, SkError } from '../errors.js';
import type { BandKind, PageTrace } from '../extract/table-trace.js';
import { help, helpWith } from '../i18n/help.js';
import { type Lang, resolveLang } from '../i18n/lang.js';
import { pageRanges } from '../i18n/outcome.js';
import { t } from '../i18n/ui.js';
import { stderrLine } from '../printable.js';
import { isOneOf, writeAtomically } from './output.js';
import { EXIT, type Io } from './report-writer.js';

export interface DebugTableFlags {
  page?: number;
  output?: string;
  password?: string;
  /** `--lang` as given; else the locale. */
  lang?: Lang;
}

/** `sk-check debug-table FILE.pdf`: one SVG per attachment page (or the one asked for), one line each. */
export async function debugTable(file: string, flags: DebugTableFlags, io: Io): Promise<number> {
  const lang = resolveLang(flags.lang, io.env);
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
    return fail(`${file}: ${errorText(error, lang)} (${code})`);
  }
  if (attachmentPages.length === 0) return fail(`${file}: ${help(lang, 'debug.no-attachment')}`);
  if (flags.page !== undefined && !attachmentPages.includes(flags.page)) {
    const key = attachmentPages.length === 1 ? 'debug.not-attachment-page' : 'debug.not-attachment-pages';
    return fail(`${file}: ${helpWith(lang, key, { page: flags.page, pages: pageRanges(attachmentPages) })}`);
  }
  for (const message of unusedHints) io.stderr.write(stderrLine(`${file}: ${message} (column-hint-unused)`));
  const dir = flags.output ?? '.';
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    return fail(`${dir}: ${helpWith(lang, 'debug.cannot-create-folder', { why: errorMessage(error) })}`);
  }
  const stem = file === '-' ? 'stdin' : basename(file, extname(file));
  for (const trace of traces) {
    if (flags.page !== undefined && trace.page !== flags.page) continue;
    const path = join(dir, `${stem}-page-${trace.page}.svg`);
    if (isOneOf(path, [file])) return fail(`${path}: ${help(lang, 'debug.over-input')}`);
    try {
      await writeAtomically(path, traceSvg(trace), lang);
    } catch (error) {
      return fail(`${path}: ${helpWith(lang, 'debug.cannot-write', { why: errorMessage(error) })}`);
    }
    io.stdout.write(`${helpWith(lang, 'debug.wrote', { path, summary: summary(trace, lang) })}\n`);
  }
  return EXIT.clean;
}

/** `14 rows, 2 continuations`, or why the page gave none. */
function summary(trace: PageTrace, lang: Lang): string {
  if (trace.edges === null)
    return helpWith(lang, 'debug.no-table', { why: trace.note ?? help(lang, 'debug.no-table-here') });
  const count = (kind: BandKind) => trace.bands.filter((band) => band.kind === kind).length;
  const rows = count('person');
  const continuations = count('continuation');
  const counted = t(lang, 'debug.rows', { people: rows, continuations });
  return trace.note ? `${counted}; ${trace.note}` : counted;
}
