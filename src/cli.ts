import { readFileSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { RULES, ruleFor } from './checks/index.js';
import { errorMessage } from './errors.js';
import { formatAppointeesCsv, formatFindingsCsv } from './formatters/csv.js';
import { formatJson, formatNdjson } from './formatters/json.js';
import { formatRule, formatRules, formatRulesMarkdown } from './formatters/rules.js';
import { formatText } from './formatters/text.js';
import { addLimitOptions, type LimitFlags, limitsOf } from './limit-flags.js';
import { type Report, reportJsonSchema, type Severity } from './model.js';
import { isOneOf, writeAtomically } from './output.js';
import { run } from './run.js';
import { ENCODINGS, type Encoding } from './sources/csv.js';

/** Where the CLI reads and writes: the process in real life, buffers in tests. */
export interface Io {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  stdin?: Readable;
  env: Record<string, string | undefined>;
}

export const EXIT = { clean: 0, findings: 1, trouble: 2 } as const;

const FORMATS = ['text', 'json', 'ndjson', 'csv'] as const;
const FAIL_ON = ['error', 'warning', 'never'] as const;

interface RunFlags extends LimitFlags {
  format: (typeof FORMATS)[number];
  output?: string;
  failOn: (typeof FAIL_ON)[number];
  quiet?: boolean;
  color: boolean;
  delimiter?: string;
  encoding?: Encoding;
  password?: string;
  debug?: boolean;
}

const EXAMPLES = `
Examples:
  For clerks:
    sk-check roster.csv                       check a roster, print a summary
    sk-check extract roster.csv               list the appointees it holds
    sk-check rules nip-mangled                what a finding means and why it matters
  For scripts:
    sk-check --format json a.csv b.csv > report.json
    sk-check --format ndjson --quiet *.csv    one JSON document per line, then a summary line
    sk-check extract --format csv --output people.csv roster.csv
    cat roster.csv | sk-check --format csv -  findings as CSV, reading standard input

Exit codes: 0 no finding at or above --fail-on, 1 such findings, 2 usage error or an unreadable input.`;

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

function addRunOptions(command: Command): Command {
  command
    .argument('<inputs...>', 'decree PDFs and roster CSV files; - reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('text'))
    .option('-o, --output <file>', 'write the report to FILE (atomically) instead of standard output')
    .addOption(
      new Option('--fail-on <severity>', 'lowest severity that makes the exit code 1')
        .choices(FAIL_ON)
        .default('error'),
    )
    .option('-q, --quiet', 'text format: only documents with findings, and no summary line')
    .option('--no-color', 'no colour in the text format (also: NO_COLOR set)')
    .option('--delimiter <char>', "CSV delimiter instead of detecting it: ',' ';' tab '|'", parseDelimiter)
    .addOption(new Option('--encoding <name>', 'CSV encoding instead of detecting it').choices(ENCODINGS))
    .option('--password <password>', 'password of encrypted PDF decrees')
    .option('--debug', 'print the stack of an internal error');
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
    .showSuggestionAfterError()
    .addHelpText('after', EXAMPLES);

  const runCommand = (mode: 'check' | 'extract') => async (inputs: string[], flags: RunFlags) => {
    exitCode = await runInputs(mode, inputs, flags, io);
  };
  addRunOptions(
    program.command('check', { isDefault: true }).description('check inputs and print a verdict (default)'),
  ).action(runCommand('check'));
  addRunOptions(
    program
      .command('extract')
      .description('print the normalized data only; findings do not change the exit code'),
  ).action(runCommand('extract'));
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
    await program.parseAsync([...argv], { from: 'user' });
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

function printRules(code: string | undefined, format: string, io: Io): number {
  if (code === undefined) {
    if (format === 'json') io.stdout.write(`${JSON.stringify(RULES.map(ruleData), null, 2)}\n`);
    else io.stdout.write(format === 'markdown' ? formatRulesMarkdown(RULES) : formatRules(RULES));
    return EXIT.clean;
  }
  const rule = ruleFor(code);
  if (!rule) {
    io.stderr.write(`sk-check: unknown finding code '${code}' (sk-check rules lists them)\n`);
    return EXIT.trouble;
  }
  io.stdout.write(format === 'json' ? `${JSON.stringify(ruleData(rule), null, 2)}\n` : formatRule(rule));
  return EXIT.clean;
}

function ruleData({ code, severity, description, why, example }: (typeof RULES)[number]) {
  return { code, severity, description, why, example };
}

async function runInputs(
  mode: 'check' | 'extract',
  inputs: string[],
  flags: RunFlags,
  io: Io,
): Promise<number> {
  if (flags.output && isOneOf(flags.output, inputs)) {
    io.stderr.write(`sk-check: ${flags.output}: refusing to write the report over an input file\n`);
    return EXIT.trouble;
  }
  if (inputs.filter((input) => input === '-').length > 1) {
    io.stderr.write('sk-check: standard input (-) can be given only once\n');
    return EXIT.trouble;
  }
  const report = await run(inputs, {
    csv: { delimiter: flags.delimiter, encoding: flags.encoding },
    pdf: { password: flags.password },
    limits: limitsOf(flags),
    ...(io.stdin ? { stdin: io.stdin } : {}),
    onInternalError: (source, error) => {
      if (flags.debug && error instanceof Error && error.stack)
        io.stderr.write(`${source}: ${error.stack}\n`);
    },
  });
  for (const doc of report.documents) {
    if (doc.status !== 'unreadable') continue;
    for (const finding of doc.findings)
      io.stderr.write(`sk-check: ${doc.source}: ${finding.message} (${finding.code})\n`);
  }
  const text = render(mode, report, flags, io);
  if (flags.output) {
    try {
      await writeAtomically(flags.output, text);
    } catch (error) {
      io.stderr.write(`sk-check: ${flags.output}: cannot write the report: ${errorMessage(error)}\n`);
      return EXIT.trouble;
    }
  } else {
    io.stdout.write(text);
  }
  return exitCodeFor(mode, report, flags.failOn);
}

function useColor(flags: RunFlags, io: Io): boolean {
  if (!flags.color || flags.output) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return io.stdout.isTTY === true;
}

function render(mode: 'check' | 'extract', report: Report, flags: RunFlags, io: Io): string {
  switch (flags.format) {
    case 'json':
      return formatJson(report);
    case 'ndjson':
      return formatNdjson(report);
    case 'csv':
      return mode === 'extract' ? formatAppointeesCsv(report) : formatFindingsCsv(report);
    default:
      return formatText(report, { color: useColor(flags, io), quiet: flags.quiet ?? false, mode });
  }
}

const FAILING: Record<RunFlags['failOn'], readonly Severity[]> = {
  error: ['error'],
  warning: ['error', 'warning'],
  never: [],
};

export function exitCodeFor(mode: 'check' | 'extract', report: Report, failOn: RunFlags['failOn']): number {
  if (report.summary.unreadable > 0) return EXIT.trouble;
  if (mode === 'extract') return EXIT.clean;
  const failing = FAILING[failOn];
  const found = report.documents.some((doc) => doc.findings.some((f) => failing.includes(f.severity)));
  return found ? EXIT.findings : EXIT.clean;
}
