import { DEFAULT_FAIL_ON, FAIL_ON, type FailOn } from '../batch/config.js';
import { errorMessage, SkError } from '../errors.js';
import { type AuditFormat, formatAudit } from '../formatters/audit-text.js';
import { type Format, type PrintOptions, reportStream } from '../formatters/stream.js';
import { help } from '../i18n/help.js';
import { type Lang, machineLang, resolveLang } from '../i18n/lang.js';
import { findingMessage, localizeDocument } from '../i18n/said.js';
import { t } from '../i18n/ui.js';
import type { Document, Report, Summary } from '../model.js';
import { stderrLine } from '../printable.js';
import { mapped, release } from '../spill.js';
import { type OutputFile, openOutput } from './output.js';
import { Progress } from './progress.js';

/** Where the CLI reads and writes: the process in real life, buffers in tests. */
export interface Io {
  stdout: Out;
  stderr: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  stdin?: import('node:stream').Readable;
  env: Record<string, string | undefined>;
  /** Where the config file is looked for; the process's working directory by default. */
  cwd?: string;
}

/** Standard output: a stream that says when to wait (a pipe), or a buffer in tests. */
export interface Out {
  write(text: string): unknown;
  isTTY?: boolean;
  once?(event: 'drain' | 'close' | 'error', listener: () => void): unknown;
  off?(event: 'drain' | 'close' | 'error', listener: () => void): unknown;
}

/** Characters per write: Node refuses (ENOBUFS) one write whose UTF-8 may pass 2 GB. */
const SLICE = 1 << 20;

/**
 * Writes `text` in slices, each after the stream has taken the last: a pipe to a slow reader
 * otherwise queued the whole report, and Node's one write of that queue past 2 GB (a JSON report of
 * a million rows) failed with ENOBUFS after the first 64 KB had gone.
 */
export async function writeOut(out: Out, text: string): Promise<void> {
  for (let start = 0; start < text.length; ) {
    let end = Math.min(start + SLICE, text.length);
    // Never between the two halves of a surrogate pair: each half alone would be written as U+FFFD.
    if (end < text.length && /[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end--;
    if (out.write(text.slice(start, end)) === false) await drained(out);
    start = end;
  }
}

function drained(out: Out): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      for (const event of ['drain', 'close', 'error'] as const) out.off?.(event, done);
      resolve();
    };
    for (const event of ['drain', 'close', 'error'] as const) out.once?.(event, done);
    if (!out.once) resolve();
  });
}

/**
 * 0 every document verified (or no decree at all: not a defect); 1 a finding at or above `--fail-on`
 * (an error by default); 2 an input unreadable, or a usage error; 3 nothing failed, but some document
 * could not be verified (`--fail-on unverified`, the default, or `warning`).
 */
export const EXIT = { clean: 0, findings: 1, trouble: 2, unverified: 3 } as const;

export { DEFAULT_FAIL_ON, FAIL_ON, type FailOn };

/**
 * The languages of one run, decided once from `--lang` and the locale: a person reads `lang` (the
 * text and HTML reports, stderr, the help); machine formats carry `messages`, English unless
 * `--lang` was given, so a script's bytes never depend on the machine's locale.
 */
export interface Voice {
  lang: Lang;
  messages: Lang;
}

export function voiceOf(given: string | undefined, env: Io['env']): Voice {
  return { lang: resolveLang(given, env), messages: machineLang(given) };
}

/** The language of a format's messages: what a person reads follows the locale, a machine's does not. */
export function languageOf(format: string, voice: Voice): Lang {
  return format === 'text' || format === 'html' ? voice.lang : voice.messages;
}

/** The options that shape a report, common to check, extract and merge. */
export interface ReportFlags extends PrintOptions {
  format: Format;
  output?: string | undefined;
  failOn: FailOn;
  quiet?: boolean | undefined;
  /** Text: every finding on its own line, no code grouped. */
  all?: boolean | undefined;
  color: boolean;
  /** `--ocr`: a single file gets a progress line too. */
  ocr?: string | undefined;
  /** The run's languages (`voiceOf`). */
  voice: Voice;
}

/** What a producer of documents hands each one to, in order. */
export interface DocumentSink {
  /** Writes a document; `next` names the input now under way, for the progress line. */
  document(doc: Document, next?: string): Promise<void>;
  /** A line for stderr that does not tear the progress line. */
  say(text: string): void;
  /** OCR progress of one input, for the progress line. */
  pages(source: string, done: number, total: number): void;
  /** Text for the report itself, between documents (a roster's rows as they stream). */
  write(text: string): Promise<void>;
}

/**
 * Writes a report as its documents come: to standard output, or atomically to `--output`. Unreadable
 * documents get their one stderr line; a terminal gets a progress line. Returns the exit code.
 */
export async function writeReport(
  mode: 'check' | 'extract',
  flags: ReportFlags,
  io: Io,
  total: number,
  produce: (sink: DocumentSink) => Promise<Summary>,
): Promise<number> {
  const { lang } = flags.voice;
  if (flags.format === 'xlsx' && !flags.output) {
    io.stderr.write(stderrLine(help(lang, 'err.xlsx-needs-file')));
    return EXIT.trouble;
  }
  // The text report renders its findings itself.
  const localized = (doc: Document) =>
    flags.format === 'text' ? doc : localizeDocument(doc, languageOf(flags.format, flags.voice), mapped);
  const opened = await openFor(flags.output, io, lang);
  if (opened === 'failed') return EXIT.trouble;
  const file = opened;
  // One file shows progress too when it may take a while: a scan read by OCR, page by page.
  const slow = total > 1 || flags.ocr !== undefined;
  const progress =
    io.stderr.isTTY && !flags.quiet && slow ? new Progress(io.stderr, total, Date.now, lang) : null;
  const say = (text: string) => {
    if (progress) progress.around(() => io.stderr.write(text));
    else io.stderr.write(text);
  };
  const toStdout = async (text: string) => {
    if (text === '') return;
    if (progress && io.stdout.isTTY) progress.around(() => io.stdout.write(text));
    else await writeOut(io.stdout, text);
  };
  // Bytes (a workbook) only ever go to a file: xlsx without --output was refused above.
  const write = async (text: string | Uint8Array) => {
    if (file) await file.write(text);
    else if (typeof text === 'string') await toStdout(text);
  };
  const stream = reportStream(
    flags.format,
    mode,
    { color: useColor(flags, io), quiet: flags.quiet ?? false, all: flags.all ?? false, lang },
    { lang, paper: flags.paper },
  );

  let summary: Summary;
  try {
    await write(stream.start());
    summary = await produce({
      async document(doc, next) {
        sayUnreadable(doc, say, lang);
        const shown = localized(doc);
        try {
          for (const piece of stream.pieces(shown)) await write(piece);
        } finally {
          release(doc.findings, doc.appointees);
        }
        progress?.tick(next);
      },
      say,
      pages(source, done, all) {
        progress?.detail(t(lang, 'progress.ocr-page', { source, done, total: all }));
      },
      write,
    });
    progress?.clear();
    await write(await stream.end(summary));
    await file?.commit();
  } catch (error) {
    progress?.clear();
    await file?.abort();
    io.stderr.write(
      stderrLine(`${flags.output ?? help(lang, 'err.standard-output')}: ${errorMessage(error)}`),
    );
    return EXIT.trouble;
  }
  return exitCodeFor(mode, summary, flags.failOn);
}

/** `--output`, opened; null for standard output; 'failed' after saying why on stderr. */
async function openFor(
  output: string | undefined,
  io: Io,
  lang: Lang,
): Promise<OutputFile | null | 'failed'> {
  if (!output) return null;
  try {
    return await openOutput(output, lang);
  } catch (error) {
    const why =
      error instanceof SkError
        ? `${error.message} (${error.code})`
        : `${help(lang, 'err.cannot-write')}: ${errorMessage(error)}`;
    io.stderr.write(stderrLine(`${output}: ${why}`));
    return 'failed';
  }
}

/** An unreadable input gets its one line on stderr, whatever the report's format. */
function sayUnreadable(doc: Document, say: (text: string) => void, lang: Lang): void {
  if (doc.status !== 'unreadable') return;
  for (const finding of doc.findings)
    say(stderrLine(`${doc.source}: ${findingMessage(finding, lang)} (${finding.code})`));
}

/**
 * Writes an audit: every input is read and compared before the report can begin, so it is written
 * whole, to standard output or to `--output` as any report is. Findings of the comparison belong to
 * groups, not documents, and count for the exit code all the same.
 */
export async function writeAudit(
  flags: ReportFlags & { format: AuditFormat },
  io: Io,
  produce: () => Promise<Report>,
): Promise<number> {
  const { lang } = flags.voice;
  const file = await openFor(flags.output, io, lang);
  if (file === 'failed') return EXIT.trouble;
  try {
    const report = await produce();
    for (const doc of report.documents) sayUnreadable(doc, (text) => io.stderr.write(text), lang);
    const text = formatAudit(report, flags.format, {
      color: useColor(flags, io),
      quiet: flags.quiet ?? false,
      lang,
      messages: languageOf(flags.format, flags.voice),
      paper: flags.paper,
    });
    if (file) {
      await file.write(text);
      await file.commit();
    } else await writeOut(io.stdout, text);
    const audit = (report.audit ?? []).flatMap((group) => group.findings);
    const counted = {
      ...report.summary,
      errors: report.summary.errors + audit.filter((f) => f.severity === 'error').length,
      warnings: report.summary.warnings + audit.filter((f) => f.severity === 'warning').length,
    };
    return exitCodeFor('check', counted, flags.failOn);
  } catch (error) {
    await file?.abort();
    io.stderr.write(
      stderrLine(`${flags.output ?? help(lang, 'err.standard-output')}: ${errorMessage(error)}`),
    );
    return EXIT.trouble;
  }
}

/** Colour only for a terminal, never into a file or with NO_COLOR; FORCE_COLOR forces it. */
export function useColor(flags: ReportFlags, io: Io): boolean {
  if (!flags.color || flags.output) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return io.stdout.isTTY === true;
}

/** 2 if an input was unreadable; for check, by `failOn` (see `FailOn`): 1 on findings, 3 on an unverified document, else 0. */
export function exitCodeFor(mode: 'check' | 'extract', summary: Summary | Report, failOn: FailOn): number {
  const tally = 'summary' in summary ? summary.summary : summary;
  if (tally.unreadable > 0) return EXIT.trouble;
  if (mode === 'extract' || failOn === 'never') return EXIT.clean;
  if (tally.errors > 0 || (failOn === 'warning' && tally.warnings > 0)) return EXIT.findings;
  return failOn !== 'error' && tally.unverified > 0 ? EXIT.unverified : EXIT.clean;
}
