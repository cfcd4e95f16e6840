import { readFileSync } from 'node:fs';
import { Command, CommanderError, Help, InvalidArgumentError, Option } from 'commander';
import { type BatchInput, type BatchOptions, jobsLimit, run, runBatch } from './batch/batch.js';
import { type FindingCode, RULES, ruleFor } from './checks/index.js';
import type { Rule } from './checks/rule.js';
import type { DebugTableFlags } from './debug-table/command.js';
import { editDistance } from './domain/edit-distance.js';
import { errorMessage } from './errors.js';
import { AUDIT_FORMATS, type AuditFormat, formatAudit, isAuditFormat } from './formatters/audit-text.js';
import { appointeeCsvLines } from './formatters/csv.js';
import { PAPERS, type Paper } from './formatters/html-css.js';
import { formatRule, formatRules, formatRulesMarkdown } from './formatters/rules.js';
import { FORMATS } from './formatters/stream.js';
import { commanderError, HELP, type HelpKey, help, helpExamples, helpExtrasIn } from './i18n/help.js';
import { LANGS, type Lang, machineLang, resolveLang } from './i18n/lang.js';
import { ruleText } from './i18n/rules.js';
import { findingMessage } from './i18n/said.js';
import { addLimitOptions, type LimitFlags, limitsOf } from './limit-flags.js';
import type { Summary } from './model.js';
import type { OcrWhen } from './ocr/ocr.js';
import { isOneOf, writeAtomically } from './output.js';
import { addPasswordOptions, type PasswordFlags, passwordOf } from './password-flags.js';
import { printable, stderrLine } from './printable.js';
import { EXIT, exitCodeFor, type FailOn, type Io, useColor, writeOut, writeReport } from './report-writer.js';
import { summarize } from './run.js';
import { ENCODINGS, type Encoding } from './sources/csv.js';
import { expandInputs } from './sources/expand.js';
import { STDIN_ROLES, type StdinRole, stdinAs } from './sources/input.js';

const FAIL_ON = ['error', 'warning', 'never'] as const;
type Mode = 'check' | 'extract' | 'audit';

/** Findings or appointees of one roster held in memory before the rest go to a temporary file. */
const SPILL_AFTER = 5_000;

interface RunFlags extends LimitFlags, PasswordFlags {
  format: (typeof FORMATS)[number];
  output?: string;
  paper?: Paper;
  failOn: FailOn;
  quiet?: boolean;
  all?: boolean;
  verbose?: boolean;
  color: boolean;
  delimiter?: string;
  encoding?: Encoding;
  sheet?: string;
  debug?: boolean;
  jobs?: number;
  filesFrom?: string;
  ocr?: OcrWhen;
  kind?: StdinRole;
  /** `--lang`: given explicitly, it also sets the language of the messages in JSON, NDJSON and CSV. */
  lang?: Lang;
}

/** `--lang id` or `--lang=id` before `--`: the help and the errors of parsing speak it already. */
function explicitLang(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length && argv[i] !== '--'; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--lang') found = argv[i + 1];
    else if (arg.startsWith('--lang=')) found = arg.slice('--lang='.length);
  }
  return found;
}

/** The options of the default command, for the top-level help: what \`sk-check FILES\` takes. */
function defaultOptionsHelp(command: Command, lang: Lang): string {
  const helper = command.createHelp();
  const options = helper.visibleOptions(command);
  const width = Math.max(...options.map((option) => helper.optionTerm(option).length));
  const lines = options.map(
    (option) => `  ${helper.optionTerm(option).padEnd(width)}  ${helper.optionDescription(option)}`,
  );
  return `\n${help(lang, 'options-of-check')}\n${lines.join('\n')}\n`;
}

export function packageVersion(): string {
  const file = new URL('../package.json', import.meta.url);
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

function parseDelimiter(value: string): string {
  const named: Record<string, string> = { tab: '\t', '\\t': '\t', comma: ',', semicolon: ';', pipe: '|' };
  const delimiter = named[value.toLowerCase()] ?? value;
  if (delimiter.length !== 1)
    throw new InvalidArgumentError('give one character, or tab, comma, semicolon, pipe');
  return delimiter;
}

function parseJobs(value: string): number {
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1) throw new InvalidArgumentError('give a whole number of 1 or more');
  return jobs;
}

function jobsLowered(lang: Lang, requested: number, limit: ReturnType<typeof jobsLimit>): string {
  const free = `${(limit.freeBytes / 2 ** 30).toFixed(1)} GB`;
  const values: Record<string, string> = {
    requested: String(requested),
    jobs: String(limit.jobs),
    cores: String(limit.cores),
    free: lang === 'id' ? free.replace('.', ',') : free,
  };
  return help(lang, 'warn.jobs-lowered').replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? key);
}

function parsePage(value: string): number {
  const page = Number(value);
  if (!Number.isInteger(page) || page < 1) throw new InvalidArgumentError('give a page number of 1 or more');
  return page;
}

/** `--lang`, on every command. */
function addLangOption(command: Command, lang: Lang): Command {
  return command.addOption(new Option('--lang <lang>', help(lang, 'opt.lang')).choices(LANGS));
}

/** The options of every command that writes a report; `--fail-on` where findings set the exit code. */
function addReportOptions(command: Command, lang: Lang, failOn = true): Command {
  command
    .addOption(new Option('-f, --format <format>', help(lang, 'opt.format')).choices(FORMATS).default('text'))
    .option('-o, --output <file>', help(lang, 'opt.output'))
    .addOption(new Option('--paper <size>', help(lang, 'opt.paper')).choices(PAPERS));
  if (failOn)
    command.addOption(
      new Option('--fail-on <severity>', help(lang, 'opt.fail-on')).choices(FAIL_ON).default('error'),
    );
  command
    .option('-q, --quiet', help(lang, 'opt.quiet'))
    .option('--all', help(lang, 'opt.all'))
    .option('--no-color', help(lang, 'opt.no-color'));
  return addLangOption(command, lang);
}

function addRunOptions(command: Command, lang: Lang, failOn = true): Command {
  addReportOptions(command, lang, failOn)
    .argument('[inputs...]', help(lang, 'arg.inputs'))
    .option('--files-from <file>', help(lang, 'opt.files-from'))
    .option('-j, --jobs <n>', help(lang, 'opt.jobs'), parseJobs)
    .option('--delimiter <char>', help(lang, 'opt.delimiter'), parseDelimiter)
    .addOption(new Option('--encoding <name>', help(lang, 'opt.encoding')).choices(ENCODINGS))
    .addOption(new Option('--ocr [when]', help(lang, 'opt.ocr')).choices(['auto', 'all']).preset('auto'))
    .option('--sheet <name|index>', help(lang, 'opt.sheet'))
    .addOption(new Option('--kind <kind>', help(lang, 'opt.kind')).choices(STDIN_ROLES))
    .option('--debug', help(lang, 'opt.debug'))
    .option('--verbose', help(lang, 'opt.verbose'));
  return addLimitOptions(addPasswordOptions(command, lang, 'opt.password'), lang);
}

/** Runs sk-check with `argv` (without node and script) and returns the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let exitCode: number = EXIT.clean;
  const given = explicitLang(argv);
  const lang = resolveLang(given, io.env);
  const program = new Command('sk-check')
    .description(help(lang, 'program'))
    .version(packageVersion(), '-V, --version', help(lang, 'version'))
    .helpOption('-h, --help', help(lang, 'help'))
    .helpCommand('help [command]', help(lang, 'help'))
    .configureHelp({
      styleTitle: (title) => titleIn(title, lang),
      optionDescription(this: Help, option) {
        return helpExtrasIn(Help.prototype.optionDescription.call(this, option), lang);
      },
    })
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) =>
        write(
          stderrLine(
            commanderError(text.replace(/^error: /, ''), lang)
              .trimEnd()
              .replace(/\n/g, ' '),
          ),
        ),
    })
    .showSuggestionAfterError();

  const runCommand = (mode: Mode) => async (inputs: string[], flags: RunFlags) => {
    exitCode = await runInputs(mode, inputs, flags, io);
  };
  const check = addRunOptions(
    program.command('check', { isDefault: true }).description(help(lang, 'cmd.check')),
    lang,
  ).action(runCommand('check'));
  program.addHelpText('after', () => `${defaultOptionsHelp(check, lang)}${helpExamples(lang)}\n`);
  addRunOptions(program.command('extract').description(help(lang, 'cmd.extract')), lang, false).action(
    (inputs: string[], flags: RunFlags) => runCommand('extract')(inputs, { ...flags, failOn: 'never' }),
  );
  addReportOptions(
    program
      .command('merge')
      .description(help(lang, 'cmd.merge'))
      .argument('<reports...>', help(lang, 'arg.reports')),
    lang,
  ).action(async (reports: string[], flags: RunFlags) => {
    if (flags.output && isOneOf(flags.output, reports)) {
      io.stderr.write(stderrLine(`${flags.output}: ${help(lang, 'err.output-is-input')}`));
      exitCode = EXIT.trouble;
      return;
    }
    // Imported here, as the schema below: only merge and schema need the zod schemas.
    const { mergeShards } = await import('./merge.js');
    exitCode = await writeReport('check', flags, io, reports.length, (sink) =>
      mergeShards(reports, { onDocument: (doc, next) => sink.document(doc, next) }),
    );
  });
  addRunOptions(program.command('audit').description(help(lang, 'cmd.audit')), lang).action(
    runCommand('audit'),
  );
  const rules = program
    .command('rules')
    .description(help(lang, 'cmd.rules'))
    .argument('[code]', help(lang, 'arg.code'))
    .addOption(
      new Option('-f, --format <format>', help(lang, 'opt.format'))
        .choices(['text', 'json', 'markdown'])
        .default('text'),
    );
  addLangOption(rules, lang).action((code: string | undefined, flags: { format: string; lang?: Lang }) => {
    // The rules as JSON are a machine format: English unless --lang is given.
    exitCode = printRules(code, flags.format, io, flags.format === 'json' ? (flags.lang ?? 'en') : lang);
  });
  const debug = program
    .command('debug-table')
    .description(help(lang, 'cmd.debug-table'))
    .argument('<file>', help(lang, 'arg.pdf'))
    .option('--page <n>', help(lang, 'opt.page'), parsePage)
    .option('-o, --output <dir>', help(lang, 'opt.svg-output'));
  addPasswordOptions(debug, lang, 'opt.pdf-password');
  addLangOption(debug, lang).action(async (file: string, flags: DebugTableFlags & PasswordFlags) => {
    // Imported here: the table tracer loads the decree reader, which no other command of a CSV needs.
    const { debugTable } = await import('./debug-table/command.js');
    let password: string | undefined;
    try {
      password = passwordOf(flags, io.env, lang);
    } catch (error) {
      io.stderr.write(stderrLine(errorMessage(error)));
      exitCode = EXIT.trouble;
      return;
    }
    exitCode = await debugTable(file, { ...flags, password }, io);
  });
  const schema = program.command('schema').description(help(lang, 'cmd.schema'));
  addLangOption(schema, lang).action(async () => {
    const { reportJsonSchema } = await import('./model.js');
    io.stdout.write(`${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
  });

  if (argv.length === 0) {
    io.stderr.write(program.helpInformation());
    return EXIT.trouble;
  }
  try {
    await program.parseAsync(bareOcr(argv), { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      const done = error.code === 'commander.helpDisplayed' || error.code === 'commander.version';
      return done ? EXIT.clean : EXIT.trouble;
    }
    io.stderr.write(stderrLine(errorMessage(error)));
    if (argv.includes('--debug') && error instanceof Error && error.stack)
      io.stderr.write(`${error.stack}\n`);
    return EXIT.trouble;
  }
  return exitCode;
}

/**
 * `--ocr scan.pdf`: commander would take the file for the flag's optional value. A bare `--ocr`
 * (not followed by `auto` or `all`) means `--ocr=auto`.
 */
function bareOcr(argv: readonly string[]): string[] {
  const out = [...argv];
  const end = out.indexOf('--');
  for (let i = 0; i < (end < 0 ? out.length : end); i++) {
    if (out[i] === '--ocr' && !['auto', 'all'].includes(out[i + 1] ?? '')) out[i] = '--ocr=auto';
  }
  return out;
}

function printRules(code: string | undefined, format: string, io: Io, lang: Lang): number {
  const data = (rule: Rule) => ruleData(rule, lang);
  if (code === undefined) {
    if (format === 'json') io.stdout.write(`${JSON.stringify(RULES.map(data), null, 2)}\n`);
    // The README's table is English: `--format markdown` is generated for it.
    else io.stdout.write(format === 'markdown' ? formatRulesMarkdown(RULES) : formatRules(RULES, lang));
    return EXIT.clean;
  }
  const rule = ruleFor(code);
  if (!rule) {
    const meant = closest(
      code,
      RULES.map((known) => known.code),
    );
    const hint = meant ? `${help(lang, 'err.did-you-mean')} ${meant}? ` : '';
    io.stderr.write(
      stderrLine(`${help(lang, 'err.unknown-code')} '${code}' (${hint}${help(lang, 'err.rules-lists')})`),
    );
    return EXIT.trouble;
  }
  io.stdout.write(format === 'json' ? `${JSON.stringify(data(rule), null, 2)}\n` : formatRule(rule, lang));
  return EXIT.clean;
}

/** The known word nearest to `word`, at most two edits away (a letter missing, extra or wrong). */
function closest(word: string, known: readonly string[]): string | undefined {
  let best: { word: string; distance: number } | undefined;
  for (const candidate of known) {
    const d = editDistance(word.toLowerCase(), candidate);
    if (d <= 2 && (!best || d < best.distance)) best = { word: candidate, distance: d };
  }
  return best?.word;
}

function ruleData(rule: Rule, lang: Lang) {
  const { description, why, example } = ruleText(rule as Rule<FindingCode>, lang);
  return { code: rule.code, severity: rule.severity, description, why, example };
}

/** Commander's help headings (`Usage:`, `Options:` ...) in `lang`. */
function titleIn(title: string, lang: Lang): string {
  const key = `title.${title}`;
  return key in HELP ? help(lang, key as HelpKey) : title;
}

async function runInputs(mode: Mode, args: string[], flags: RunFlags, io: Io): Promise<number> {
  const lang = resolveLang(flags.lang, io.env);
  const fail = (message: string) => {
    io.stderr.write(stderrLine(message));
    return EXIT.trouble;
  };
  if (args.length === 0 && flags.filesFrom === undefined) return fail(help(lang, 'err.no-inputs'));
  if ([...args, flags.filesFrom].filter((input) => input === '-').length > 1)
    return fail(help(lang, 'err.stdin-twice'));
  let inputs: Awaited<ReturnType<typeof expandInputs>>;
  const skipped: string[] = [];
  try {
    inputs = await expandInputs(args, {
      filesFrom: flags.filesFrom,
      stdin: io.stdin,
      onSkipped: (path) => skipped.push(path),
    });
  } catch (error) {
    return fail(errorMessage(error));
  }
  if (flags.kind && !args.includes('-')) return fail(help(lang, 'err.kind-without-stdin'));
  let password: string | undefined;
  try {
    password = passwordOf(flags, io.env, lang);
  } catch (error) {
    return fail(errorMessage(error));
  }
  if (
    flags.output &&
    isOneOf(
      flags.output,
      inputs.map((input) => input.source),
    )
  )
    return fail(`${flags.output}: ${help(lang, 'err.output-is-input')}`);

  const limit = jobsLimit();
  if (flags.jobs !== undefined && flags.jobs > limit.jobs)
    io.stderr.write(stderrLine(jobsLowered(lang, flags.jobs, limit)));
  // A report that lists no appointees need not keep them: a national roster is checked in flat memory.
  const keepAppointees = mode !== 'check' || !['text', 'csv'].includes(flags.format);
  const options = (say: (text: string) => void): BatchOptions => ({
    keepAppointees,
    // A report written as it goes holds a roster's million findings in a temporary file, not in memory.
    // html and xlsx keep each document until the end (the workbook, the page): nothing spills.
    ...(mode === 'audit' || flags.format === 'html' || flags.format === 'xlsx'
      ? {}
      : { spillAfter: SPILL_AFTER }),
    jobs: Math.min(flags.jobs ?? limit.jobs, limit.jobs),
    csv: { delimiter: flags.delimiter, encoding: flags.encoding },
    pdf: { password, ...(flags.ocr ? { ocr: { when: flags.ocr } } : {}) },
    xlsx: { sheet: flags.sheet },
    limits: limitsOf(flags),
    oneFileHere: true,
    ...(io.stdin ? { stdin: flags.kind ? stdinAs(io.stdin, flags.kind) : io.stdin } : {}),
    onInternalError: (source, error) => {
      if (flags.debug && error instanceof Error && error.stack) say(`${printable(source)}: ${error.stack}\n`);
    },
  });
  if (flags.verbose)
    for (const path of skipped) io.stderr.write(stderrLine(`${path}: ${help(lang, 'err.skipped')}`));
  // Skipped files are counted in the summary, never left out in silence.
  const withSkipped = (summary: Summary): Summary =>
    skipped.length > 0 ? { ...summary, skipped: skipped.length } : summary;
  if (mode === 'audit') {
    const format = flags.format;
    if (!isAuditFormat(format))
      return fail(
        `audit writes ${AUDIT_FORMATS.slice(0, -1).join(', ')} or ${AUDIT_FORMATS.at(-1)}; --format ${format} is for check and extract`,
      );
    return auditInputs(inputs, options, { ...flags, format }, io, withSkipped);
  }
  return writeReport(mode, flags, io, inputs.length, async (sink) =>
    withSkipped(
      await runBatch(inputs, {
        ...options(sink.say),
        // `extract --format csv` writes a roster's rows as they are read.
        ...(mode === 'extract' && flags.format === 'csv'
          ? { onAppointees: (source, number, list) => sink.write(appointeeCsvLines(source, number, list)) }
          : {}),
        onDocument: (doc, index) => sink.document(doc, inputs[index + 1]?.source),
        onOcrPage: (source, done, total) => sink.pages(source, done, total),
      }),
    ),
  );
}

/** An audit compares every input with every other: it reads them all, then writes the report whole. */
async function auditInputs(
  inputs: readonly BatchInput[],
  options: (say: (text: string) => void) => BatchOptions,
  flags: RunFlags & { format: AuditFormat },
  io: Io,
  withSkipped: (summary: Summary) => Summary,
): Promise<number> {
  const say = (text: string) => io.stderr.write(text);
  const lang = resolveLang(flags.lang, io.env);
  const report = await run(
    inputs.map((input) => input.source),
    options(say),
  );
  const { auditAll } = await import('./audit/index.js');
  const audited = auditAll(report.documents);
  report.audit = audited.audit;
  const documents = audited.documents;
  report.documents = documents;
  report.summary = withSkipped(summarize(documents));
  for (const doc of report.documents) {
    if (doc.status !== 'unreadable') continue;
    for (const finding of doc.findings)
      say(stderrLine(`${doc.source}: ${findingMessage(finding, lang)} (${finding.code})`));
  }
  const text = formatAudit(report, flags.format, {
    color: useColor(flags, io),
    quiet: flags.quiet ?? false,
    lang,
    messages: machineLang(flags.lang),
    paper: flags.paper,
  });
  if (flags.output) {
    try {
      await writeAtomically(flags.output, text);
    } catch (error) {
      say(stderrLine(`${flags.output}: ${help(lang, 'err.cannot-write')}: ${errorMessage(error)}`));
      return EXIT.trouble;
    }
  } else {
    await writeOut(io.stdout, text);
  }
  // Audit findings belong to groups, not documents: they count for the exit code all the same.
  const audit = (report.audit ?? []).flatMap((group) => group.findings);
  const counted = {
    ...report.summary,
    errors: report.summary.errors + audit.filter((f) => f.severity === 'error').length,
    warnings: report.summary.warnings + audit.filter((f) => f.severity === 'warning').length,
  };
  return exitCodeFor('check', counted, flags.failOn);
}

export { EXIT, exitCodeFor, type Io };
