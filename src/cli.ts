import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { auditDocuments } from './audit/index.js';
import { type BatchInput, type BatchOptions, run, runBatch } from './batch/batch.js';
import { RULES, ruleFor } from './checks/index.js';
import { type DebugTableFlags, debugTable, parsePage } from './debug-table/command.js';
import { editDistance } from './domain/edit-distance.js';
import { errorMessage } from './errors.js';
import { formatAudit } from './formatters/audit-text.js';
import { appointeeCsvLines } from './formatters/csv.js';
import { formatRule, formatRules, formatRulesMarkdown } from './formatters/rules.js';
import { addLimitOptions, type LimitFlags, limitsOf } from './limit-flags.js';
import { mergeShards } from './merge.js';
import { reportJsonSchema, type Summary } from './model.js';
import { isOneOf, writeAtomically } from './output.js';
import { EXIT, exitCodeFor, type FailOn, type Io, useColor, writeReport } from './report-writer.js';
import { ENCODINGS, type Encoding } from './sources/csv.js';
import { expandInputs } from './sources/expand.js';
import { STDIN_ROLES, type StdinRole, stdinAs } from './sources/input.js';
import type { OcrWhen } from './sources/ocr.js';

const FORMATS = ['text', 'json', 'ndjson', 'csv'] as const;
const FAIL_ON = ['error', 'warning', 'never'] as const;
type Mode = 'check' | 'extract' | 'audit';

/** Findings or appointees of one roster held in memory before the rest go to a temporary file. */
const SPILL_AFTER = 5_000;

interface RunFlags extends LimitFlags {
  format: (typeof FORMATS)[number];
  output?: string;
  failOn: FailOn;
  quiet?: boolean;
  all?: boolean;
  verbose?: boolean;
  color: boolean;
  delimiter?: string;
  encoding?: Encoding;
  password?: string;
  sheet?: string;
  debug?: boolean;
  jobs?: number;
  filesFrom?: string;
  ocr?: OcrWhen;
  kind?: StdinRole;
}

/** Each command with one example, for the top-level help. */
const COMMAND_EXAMPLES = `
Commands, one example each (sk-check COMMAND --help for its options):
  check        sk-check roster.csv decree.pdf        (the default: sk-check FILES is sk-check check FILES)
  extract      sk-check extract --format csv roster.csv
  merge        sk-check merge --format json shard-1.ndjson shard-2.ndjson
  audit        sk-check audit decree.pdf roster.csv berita.txt
  rules        sk-check rules nip-mangled
  debug-table  sk-check debug-table -o out decree.pdf
  schema       sk-check schema > report.schema.json`;

const EXAMPLES = `
Examples:
  For clerks:
    sk-check roster.csv                       check a roster, print a summary
    sk-check extract roster.csv               list the appointees it holds
    sk-check rules nip-mangled                what a finding means and why it matters
    sk-check debug-table -o out decree.pdf    one SVG per lampiran page: why was a row read so?
    sk-check --ocr scan.pdf                   read a scanned decree (optional OCR packages)
  For scripts:
    sk-check --format json a.csv b.csv > report.json
    sk-check --format ndjson --quiet *.csv    one JSON document per line, then a summary line
    sk-check extract --format csv --output people.csv roster.csv
    cat roster.csv | sk-check --format csv -  findings as CSV, reading standard input

Exit codes: 0 no finding at or above --fail-on, 1 such findings, 2 usage error or an unreadable input,
141 standard output closed before the end (| head).`;

/** The options of the default command, for the top-level help: what \`sk-check FILES\` takes. */
function defaultOptionsHelp(command: Command): string {
  const help = command.createHelp();
  const options = help.visibleOptions(command);
  const width = Math.max(...options.map((option) => help.optionTerm(option).length));
  const lines = options.map(
    (option) => `  ${help.optionTerm(option).padEnd(width)}  ${help.optionDescription(option)}`,
  );
  return `\nOptions of check, the default command:\n${lines.join('\n')}\n`;
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

/** The options of every command that writes a report; `--fail-on` where findings set the exit code. */
function addReportOptions(command: Command, failOn = true): Command {
  command
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('text'))
    .option('-o, --output <file>', 'write the report to FILE (atomically) instead of standard output');
  if (failOn)
    command.addOption(
      new Option('--fail-on <severity>', 'lowest severity that makes the exit code 1')
        .choices(FAIL_ON)
        .default('error'),
    );
  return command
    .option('-q, --quiet', 'text format: only documents with findings, and no summary line')
    .option('--all', 'text format: every finding on its own line, also of a code on more than 10 rows')
    .option('--no-color', 'no colour in the text format (also: NO_COLOR set)');
}

function addRunOptions(command: Command, failOn = true): Command {
  addReportOptions(command, failOn)
    .argument(
      '[inputs...]',
      'decree PDFs, roster CSV or XLSX files, directories, glob patterns; - reads standard input',
    )
    .option(
      '--files-from <file>',
      'also check the files listed in FILE, one per line (- reads standard input)',
    )
    .option('-j, --jobs <n>', 'workers for PDF decrees (default: the number of cores)', parseJobs)
    .option('--delimiter <char>', "CSV delimiter instead of detecting it: ',' ';' tab '|'", parseDelimiter)
    .addOption(new Option('--encoding <name>', 'CSV encoding instead of detecting it').choices(ENCODINGS))
    .option('--password <password>', 'password of encrypted PDF decrees')
    .addOption(
      new Option(
        '--ocr [when]',
        'read scanned PDF pages by OCR: auto (pages without text; the default) or all pages',
      )
        .choices(['auto', 'all'])
        .preset('auto'),
    )
    .option(
      '--sheet <name|index>',
      'XLSX rosters: the sheet to read, by name or 1-based position (default: the first)',
    )
    .addOption(
      new Option('--kind <kind>', 'what standard input (-) holds (default: judged by its content)').choices(
        STDIN_ROLES,
      ),
    )
    .option('--debug', 'print the stack of an internal error')
    .option(
      '--verbose',
      'list on standard error the files of a directory skipped, not a kind sk-check reads',
    );
  return addLimitOptions(command);
}

/** Runs sk-check with `argv` (without node and script) and returns the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let exitCode: number = EXIT.clean;
  const program = new Command('sk-check')
    .description(
      'Reads Indonesian appointment decrees (SK) and rosters and reports what is in them and what is wrong.',
    )
    .version(packageVersion(), '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) =>
        write(`sk-check: ${text.replace(/^error: /, '').replace(/\n(?=.)/g, ' ')}`),
    })
    .showSuggestionAfterError();

  const runCommand = (mode: Mode) => async (inputs: string[], flags: RunFlags) => {
    exitCode = await runInputs(mode, inputs, flags, io);
  };
  const check = addRunOptions(
    program.command('check', { isDefault: true }).description('check inputs and print a verdict (default)'),
  ).action(runCommand('check'));
  program.addHelpText('after', () => `${defaultOptionsHelp(check)}${COMMAND_EXAMPLES}\n${EXAMPLES}`);
  addRunOptions(
    program
      .command('extract')
      .description('print the normalized data only; findings do not change the exit code'),
    false,
  ).action((inputs: string[], flags: RunFlags) =>
    runCommand('extract')(inputs, { ...flags, failOn: 'never' }),
  );
  addReportOptions(
    program
      .command('merge')
      .description('join shard reports (NDJSON or JSON) into one, with the cross-document checks redone')
      .argument('<reports...>', 'shard reports, in shard order'),
  ).action(async (reports: string[], flags: RunFlags) => {
    if (flags.output && isOneOf(flags.output, reports)) {
      io.stderr.write(`sk-check: ${flags.output}: refusing to write the report over an input file\n`);
      exitCode = EXIT.trouble;
      return;
    }
    exitCode = await writeReport('check', flags, io, reports.length, (sink) =>
      mergeShards(reports, { onDocument: (doc, next) => sink.document(doc, next) }),
    );
  });
  addRunOptions(
    program
      .command('audit')
      .description('compare a decree, its roster and press texts about it: people, totals, numbers'),
  ).action(runCommand('audit'));
  program
    .command('rules')
    .description('list every finding code, or explain one')
    .argument('[code]', 'a finding code')
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(['text', 'json', 'markdown'])
        .default('text'),
    )
    .action((code: string | undefined, flags: { format: string }) => {
      exitCode = printRules(code, flags.format, io);
    });
  program
    .command('debug-table')
    .description('draw what the attachment table reader found on each lampiran page, one SVG a page')
    .argument('<file>', 'a decree PDF')
    .option('--page <n>', 'only this page (its number in the PDF)', parsePage)
    .option('-o, --output <dir>', 'folder for the SVG files, created if missing (default: the current one)')
    .option('--password <password>', 'password of an encrypted PDF')
    .action(async (file: string, flags: DebugTableFlags) => {
      exitCode = await debugTable(file, flags, io);
    });
  program
    .command('schema')
    .description('print the JSON Schema of the JSON report')
    .action(() => {
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
    io.stderr.write(`sk-check: ${errorMessage(error)}\n`);
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

function printRules(code: string | undefined, format: string, io: Io): number {
  if (code === undefined) {
    if (format === 'json') io.stdout.write(`${JSON.stringify(RULES.map(ruleData), null, 2)}\n`);
    else io.stdout.write(format === 'markdown' ? formatRulesMarkdown(RULES) : formatRules(RULES));
    return EXIT.clean;
  }
  const rule = ruleFor(code);
  if (!rule) {
    const meant = closest(
      code,
      RULES.map((known) => known.code),
    );
    const hint = meant ? `did you mean ${meant}? ` : '';
    io.stderr.write(`sk-check: unknown finding code '${code}' (${hint}sk-check rules lists them)\n`);
    return EXIT.trouble;
  }
  io.stdout.write(format === 'json' ? `${JSON.stringify(ruleData(rule), null, 2)}\n` : formatRule(rule));
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

function ruleData({ code, severity, description, why, example }: (typeof RULES)[number]) {
  return { code, severity, description, why, example };
}

async function runInputs(mode: Mode, args: string[], flags: RunFlags, io: Io): Promise<number> {
  const fail = (message: string) => {
    io.stderr.write(`sk-check: ${message}\n`);
    return EXIT.trouble;
  };
  if (args.length === 0 && flags.filesFrom === undefined)
    return fail('give the files to check (sk-check --help)');
  if ([...args, flags.filesFrom].filter((input) => input === '-').length > 1)
    return fail('standard input (-) can be given only once');
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
  if (flags.kind && !args.includes('-'))
    return fail('--kind says what standard input (-) holds: give - as an input');
  if (
    flags.output &&
    isOneOf(
      flags.output,
      inputs.map((input) => input.source),
    )
  )
    return fail(`${flags.output}: refusing to write the report over an input file`);

  // A report that lists no appointees need not keep them: a national roster is checked in flat memory.
  const keepAppointees = mode !== 'check' || flags.format === 'json' || flags.format === 'ndjson';
  const options = (say: (text: string) => void): BatchOptions => ({
    keepAppointees,
    // A report written as it goes holds a roster's million findings in a temporary file, not in memory.
    ...(mode === 'audit' ? {} : { spillAfter: SPILL_AFTER }),
    jobs: flags.jobs ?? availableParallelism(),
    csv: { delimiter: flags.delimiter, encoding: flags.encoding },
    pdf: { password: flags.password, ...(flags.ocr ? { ocr: { when: flags.ocr } } : {}) },
    xlsx: { sheet: flags.sheet },
    limits: limitsOf(flags),
    ...(io.stdin ? { stdin: flags.kind ? stdinAs(io.stdin, flags.kind) : io.stdin } : {}),
    onInternalError: (source, error) => {
      if (flags.debug && error instanceof Error && error.stack) say(`${source}: ${error.stack}\n`);
    },
  });
  if (flags.verbose)
    for (const path of skipped) io.stderr.write(`sk-check: ${path}: skipped, not a kind sk-check reads\n`);
  // Skipped files are counted in the summary, never left out in silence.
  const withSkipped = (summary: Summary): Summary =>
    skipped.length > 0 ? { ...summary, skipped: skipped.length } : summary;
  if (mode === 'audit') return auditInputs(inputs, options, flags, io, withSkipped);
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
  flags: RunFlags,
  io: Io,
  withSkipped: (summary: Summary) => Summary,
): Promise<number> {
  const say = (text: string) => io.stderr.write(text);
  const report = await run(
    inputs.map((input) => input.source),
    options(say),
  );
  report.summary = withSkipped(report.summary);
  report.audit = auditDocuments(report.documents);
  for (const doc of report.documents) {
    if (doc.status !== 'unreadable') continue;
    for (const finding of doc.findings)
      say(`sk-check: ${doc.source}: ${finding.message} (${finding.code})\n`);
  }
  const text = formatAudit(report, flags.format, { color: useColor(flags, io), quiet: flags.quiet ?? false });
  if (flags.output) {
    try {
      await writeAtomically(flags.output, text);
    } catch (error) {
      say(`sk-check: ${flags.output}: cannot write the report: ${errorMessage(error)}\n`);
      return EXIT.trouble;
    }
  } else {
    io.stdout.write(text);
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
