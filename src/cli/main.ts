import { readFileSync } from 'node:fs';
import { Command, CommanderError, Help, InvalidArgumentError, Option } from 'commander';
import { type BatchOptions, jobsLimit, run, runBatch } from '../batch/batch.js';
import { type Config, settingsOf } from '../batch/config.js';
import { readOptions } from '../batch/options.js';
import { type FindingCode, RULES, ruleFor } from '../checks/index.js';
import type { Rule } from '../checks/rule.js';
import { levelOf, type Settings, withSettings } from '../checks/settings.js';
import { editDistance } from '../domain/edit-distance.js';
import { errorMessage, errorText } from '../errors.js';
import { appliedHints, type ColumnHint, parseColumnsFlag } from '../extract/column-hints.js';
import { FIELDS } from '../extract/columns.js';
import { AUDIT_FORMATS, isAuditFormat } from '../formatters/audit-text.js';
import { appointeeCsvLines } from '../formatters/csv.js';
import { PAPERS, type Paper } from '../formatters/html-css.js';
import { formatRule, formatRules, formatRulesMarkdown } from '../formatters/rules.js';
import { FORMATS } from '../formatters/stream.js';
import {
  commanderError,
  HELP,
  type HelpKey,
  help,
  helpExamples,
  helpExtrasIn,
  helpWith,
  orList,
} from '../i18n/help.js';
import { LANGS, type Lang } from '../i18n/lang.js';
import { ruleText } from '../i18n/rules.js';
import type { Document, Summary } from '../model.js';
import type { OcrWhen } from '../ocr/ocr.js';
import { printable, stderrLine } from '../printable.js';
import { summarize, Tally } from '../run.js';
import { ENCODINGS, type Encoding } from '../sources/csv.js';
import { expandInputs } from '../sources/expand.js';
import { STDIN_ROLES, type StdinRole, stdinAs } from '../sources/input.js';
import {
  type Baseline,
  BaselineFilter,
  BaselineRecorder,
  documentIdentity,
  readBaseline,
} from './baseline.js';
import { configFor, type FoundConfig } from './config-file.js';
import type { DebugTableFlags } from './debug-table.js';
import { addLimitOptions, type LimitFlags, limitsOf } from './limit-flags.js';
import { isOneOf, writeAtomically } from './output.js';
import { addPasswordOptions, type PasswordFlags, passwordOf } from './password-flags.js';
import {
  DEFAULT_FAIL_ON,
  EXIT,
  exitCodeFor,
  FAIL_ON,
  type FailOn,
  type Io,
  languageOf,
  type Voice,
  voiceOf,
  writeAudit,
  writeReport,
} from './report-writer.js';

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
  baseline?: string;
  writeBaseline?: string;
  columns?: ColumnHint;
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
  // From src/cli/ or dist/cli/ two folders up; from the bundle, dist/sk-check.js, one.
  const up = /\/cli\/[^/]+$/.test(import.meta.url) ? '../../' : '../';
  const file = new URL(`${up}package.json`, import.meta.url);
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

function parseDelimiter(value: string, lang: Lang): string {
  const named: Record<string, string> = { tab: '\t', '\\t': '\t', comma: ',', semicolon: ';', pipe: '|' };
  const delimiter = named[value.toLowerCase()] ?? value;
  if (delimiter.length !== 1) throw new InvalidArgumentError(help(lang, 'err.delimiter'));
  return delimiter;
}

function parseJobs(value: string, lang: Lang): number {
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1) throw new InvalidArgumentError(help(lang, 'err.jobs'));
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

function parseColumns(value: string, lang: Lang): ColumnHint {
  const parsed = parseColumnsFlag(value, FIELDS);
  if (!('problem' in parsed)) return parsed;
  throw new InvalidArgumentError(
    parsed.problem === 'pair'
      ? helpWith(lang, 'err.columns.pair', { pair: parsed.pair })
      : helpWith(lang, 'err.columns.field', { field: parsed.field, fields: [...FIELDS, 'none'].join(', ') }),
  );
}

/** The config's settings, with `--columns` first among the column hints: the one-off wins. */
function settingsWith(config: Config, columns: ColumnHint | undefined): Settings | undefined {
  const settings = settingsOf(config);
  if (!columns) return settings;
  return { ...settings, columns: [columns, ...(settings?.columns ?? [])] };
}

function parsePage(value: string, lang: Lang): number {
  const page = Number(value);
  if (!Number.isInteger(page) || page < 1) throw new InvalidArgumentError(help(lang, 'err.page'));
  return page;
}

/** `--lang`, on every command. */
function addLangOption(command: Command, lang: Lang): Command {
  return command.addOption(new Option('--lang <lang>', help(lang, 'opt.lang')).choices(LANGS));
}

/** `--config`: read before the command line is parsed (it sets `--lang`); declared so it is allowed. */
function addConfigOption(command: Command, lang: Lang): Command {
  return command.option('--config <file>', help(lang, 'opt.config'));
}

/** The config's defaults where the command line gave no value of its own: flags win. */
function withDefaults<T extends { format?: string; failOn?: FailOn; paper?: Paper; jobs?: number }>(
  flags: T,
  command: Command,
  config: Config,
): T {
  const given = (key: string) => command.getOptionValueSource(key) === 'cli';
  return {
    ...flags,
    ...(config.format && !given('format') ? { format: config.format } : {}),
    ...(config.failOn && !given('failOn') ? { failOn: config.failOn } : {}),
    ...(config.paper && flags.paper === undefined ? { paper: config.paper } : {}),
    ...(config.jobs && flags.jobs === undefined ? { jobs: config.jobs } : {}),
  };
}

/** The options of every command that writes a report; `--fail-on` where findings set the exit code. */
function addReportOptions(command: Command, lang: Lang, failOn = true): Command {
  addConfigOption(command, lang);
  command
    .addOption(new Option('-f, --format <format>', help(lang, 'opt.format')).choices(FORMATS).default('text'))
    .option('-o, --output <file>', help(lang, 'opt.output'))
    .addOption(new Option('--paper <size>', help(lang, 'opt.paper')).choices(PAPERS));
  if (failOn)
    command.addOption(
      new Option('--fail-on <severity>', help(lang, 'opt.fail-on')).choices(FAIL_ON).default(DEFAULT_FAIL_ON),
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
    .option('-j, --jobs <n>', help(lang, 'opt.jobs'), (value) => parseJobs(value, lang))
    .option('--delimiter <char>', help(lang, 'opt.delimiter'), (value) => parseDelimiter(value, lang))
    .addOption(new Option('--encoding <name>', help(lang, 'opt.encoding')).choices(ENCODINGS))
    .addOption(new Option('--ocr [when]', help(lang, 'opt.ocr')).choices(['auto', 'all']).preset('auto'))
    .option('--sheet <name|index>', help(lang, 'opt.sheet'))
    .addOption(new Option('--kind <kind>', help(lang, 'opt.kind')).choices(STDIN_ROLES))
    .option('--columns <hints>', help(lang, 'opt.columns'), (value) => parseColumns(value, lang))
    .option('--debug', help(lang, 'opt.debug'))
    .option('--verbose', help(lang, 'opt.verbose'));
  return addLimitOptions(addPasswordOptions(command, lang, 'opt.password'), lang);
}

/** Runs sk-check with `argv` (without node and script) and returns the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let exitCode: number = EXIT.clean;
  // The office's config, before all else: it may set the language the help speaks.
  let found: FoundConfig | undefined;
  try {
    found = configFor(argv, io.cwd ?? process.cwd());
  } catch (error) {
    io.stderr.write(stderrLine(errorMessage(error)));
    return EXIT.trouble;
  }
  const config: Config = found?.config ?? {};
  // Decided once: the help and the errors of parsing speak it already, and every command after.
  const voice = voiceOf(explicitLang(argv) ?? config.lang, io.env);
  const { lang } = voice;
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

  const runCommand = (mode: Mode) => async (inputs: string[], flags: RunFlags, command: Command) => {
    exitCode = await runInputs(mode, inputs, withDefaults(flags, command, config), io, voice, config);
  };
  const check = addRunOptions(
    program.command('check', { isDefault: true }).description(help(lang, 'cmd.check')),
    lang,
  )
    .option('--baseline <file>', help(lang, 'opt.baseline'))
    .option('--write-baseline <file>', help(lang, 'opt.write-baseline'))
    .action(runCommand('check'));
  program.addHelpText('after', () => `${defaultOptionsHelp(check, lang)}${helpExamples(lang)}\n`);
  addRunOptions(program.command('extract').description(help(lang, 'cmd.extract')), lang, false).action(
    (inputs: string[], flags: RunFlags, command: Command) =>
      runCommand('extract')(inputs, { ...flags, failOn: 'never' }, command),
  );
  addReportOptions(
    program
      .command('merge')
      .description(help(lang, 'cmd.merge'))
      .argument('<reports...>', help(lang, 'arg.reports')),
    lang,
  ).action(async (reports: string[], given: RunFlags, command: Command) => {
    const flags = withDefaults(given, command, config);
    if (flags.output && isOneOf(flags.output, reports)) {
      io.stderr.write(stderrLine(`${flags.output}: ${help(lang, 'err.output-is-input')}`));
      exitCode = EXIT.trouble;
      return;
    }
    // Imported here, as the schema below: only merge and schema need the zod schemas.
    const { mergeShards } = await import('./merge.js');
    exitCode = await writeReport('check', { ...flags, voice }, io, reports.length, (sink) =>
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
  addConfigOption(rules, lang);
  addLangOption(rules, lang).action((code: string | undefined, flags: { format: string }) => {
    exitCode = withSettings(settingsOf(config), () =>
      printRules(code, flags.format, io, languageOf(flags.format, voice)),
    );
  });
  const debug = program
    .command('debug-table')
    .description(help(lang, 'cmd.debug-table'))
    .argument('<file>', help(lang, 'arg.pdf'))
    .option('--page <n>', help(lang, 'opt.page'), (value) => parsePage(value, lang))
    .option('-o, --output <dir>', help(lang, 'opt.svg-output'))
    .option('--columns <hints>', help(lang, 'opt.columns'), (value) => parseColumns(value, lang));
  addConfigOption(debug, lang);
  addPasswordOptions(debug, lang, 'opt.pdf-password');
  type DebugFlags = DebugTableFlags & PasswordFlags & { columns?: ColumnHint };
  addLangOption(debug, lang).action(async (file: string, flags: DebugFlags) => {
    // Imported here: the table tracer loads the decree reader, which no other command of a CSV needs.
    const { debugTable } = await import('./debug-table.js');
    let password: string | undefined;
    try {
      password = passwordOf(flags, io.env, lang);
    } catch (error) {
      io.stderr.write(stderrLine(errorMessage(error)));
      exitCode = EXIT.trouble;
      return;
    }
    exitCode = await withSettings(settingsWith(config, flags.columns), async () => {
      const code = await debugTable(file, { ...flags, password }, io);
      // Which hints the reader took: a clerk sees the correction was made.
      for (const [label, field] of appliedHints())
        io.stdout.write(`column hint applied: ${printable(label)} = ${field}\n`);
      return code;
    });
  });
  const schema = program.command('schema').description(help(lang, 'cmd.schema'));
  addLangOption(schema, lang).action(async () => {
    const { reportJsonSchema } = await import('../model.js');
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
    io.stderr.write(stderrLine(errorText(error, lang)));
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

/** Each rule at its level in the run's settings (`off` too): what `rules --config` shows. */
function effective(rule: Rule): Rule {
  const level = levelOf(rule);
  return level === rule.severity ? rule : ({ ...rule, severity: level } as unknown as Rule);
}

function printRules(code: string | undefined, format: string, io: Io, lang: Lang): number {
  const data = (rule: Rule) => ruleData(rule, lang);
  if (code === undefined) {
    const rules = RULES.map(effective);
    if (format === 'json') io.stdout.write(`${JSON.stringify(rules.map(data), null, 2)}\n`);
    // The table of docs/rules.md is English: `--format markdown` is generated for it.
    else io.stdout.write(format === 'markdown' ? formatRulesMarkdown(rules) : formatRules(rules, lang));
    return EXIT.clean;
  }
  const known = ruleFor(code);
  const rule = known && effective(known);
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

async function runInputs(
  mode: Mode,
  args: string[],
  flags: RunFlags,
  io: Io,
  voice: Voice,
  config: Config,
): Promise<number> {
  const settings = settingsWith(config, flags.columns);
  const { lang } = voice;
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
    return fail(errorText(error, lang));
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
  const baselined = flags.baseline !== undefined || flags.writeBaseline !== undefined;
  let baseline: Baseline | undefined;
  if (baselined && [flags.baseline, flags.writeBaseline].some((file) => file && file === flags.output))
    return fail(`${flags.output}: ${help(lang, 'err.output-is-input')}`);
  try {
    if (flags.baseline) baseline = await readBaseline(flags.baseline);
  } catch (error) {
    return fail(errorMessage(error));
  }
  // A report that lists no appointees need not keep them: a national roster is checked in flat
  // memory. A baseline names findings by their appointee's NIP: it needs them.
  const keepAppointees = baselined || mode !== 'check' || !['text', 'csv'].includes(flags.format);
  const options = (say: (text: string) => void): BatchOptions => ({
    keepAppointees,
    // A report written as it goes holds a roster's million findings in a temporary file, not in memory.
    // html and xlsx keep each document until the end (the workbook, the page): nothing spills.
    // A baseline filters each document's findings whole: nothing spills either.
    ...(mode === 'audit' || baselined || flags.format === 'html' || flags.format === 'xlsx'
      ? {}
      : { spillAfter: SPILL_AFTER }),
    jobs: Math.min(flags.jobs ?? limit.jobs, limit.jobs),
    ...(settings ? { settings } : {}),
    ...readOptions({
      ...flags,
      password,
      limits: limitsOf(flags),
      stdin: io.stdin && flags.kind ? stdinAs(io.stdin, flags.kind) : io.stdin,
    }),
    oneFileHere: true,
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
      return fail(helpWith(lang, 'err.audit-format', { formats: orList(AUDIT_FORMATS, lang), format }));
    return writeAudit({ ...flags, format, voice }, io, async () => {
      const report = await run(
        inputs.map((input) => input.source),
        options((text) => io.stderr.write(text)),
      );
      const { auditAll } = await import('../audit/index.js');
      const { audit, documents } = withSettings(settings, () => auditAll(report.documents));
      return { ...report, documents, summary: withSkipped(summarize(documents)), audit };
    });
  }
  const filter = baseline && new BaselineFilter(baseline);
  const recorder = flags.writeBaseline !== undefined ? new BaselineRecorder() : undefined;
  // With a baseline, the counts are of what is reported: a known finding counts for nothing.
  const tally = new Tally();
  const shown = async (doc: Document): Promise<Document> => {
    if (!baselined || doc.status === 'unreadable') return doc;
    const identity = await documentIdentity(doc);
    recorder?.add(identity, doc);
    const kept = filter ? filter.apply(identity, doc) : doc;
    tally.add(kept);
    return kept;
  };
  return writeReport(mode, { ...flags, voice }, io, inputs.length, async (sink) => {
    const summary = await runBatch(inputs, {
      ...options(sink.say),
      // `extract --format csv` writes a roster's rows as they are read.
      ...(mode === 'extract' && flags.format === 'csv'
        ? { onAppointees: (source, number, list) => sink.write(appointeeCsvLines(source, number, list)) }
        : {}),
      onDocument: async (doc, index) => {
        if (doc.status === 'unreadable') tally.add(doc);
        await sink.document(await shown(doc), inputs[index + 1]?.source);
      },
      onOcrPage: (source, done, total) => sink.pages(source, done, total),
    });
    // Written aside and renamed, as every report is: a baseline is kept in git, never half-written.
    if (recorder && flags.writeBaseline) await writeAtomically(flags.writeBaseline, recorder.text(), lang);
    if (!filter || !flags.baseline) return withSkipped(summary);
    return { ...withSkipped(tally.summary), baseline: filter.summary(flags.baseline) };
  });
}

export { EXIT, exitCodeFor, type Io };
