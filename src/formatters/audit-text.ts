import { Chalk, type ChalkInstance } from 'chalk';
import { stated, totalsAgree } from '../audit/totals.js';
import { compareLevels, type Level, levelName } from '../domain/level.js';
import type { AuditGroup, AuditTotal, Finding, Report } from '../model.js';
import { formatFindingsCsv } from './csv.js';
import { formatJson, formatNdjson } from './json.js';
import { formatText } from './text.js';

export interface AuditTextOptions {
  color: boolean;
  quiet?: boolean;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
const printable = (text: string) => text.replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, '?');

const STATEMENTS: Record<AuditTotal['statement'], string> = {
  claim: 'claim',
  attachment: 'lampiran rows',
  roster: 'roster rows',
};

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The totals as each source states them, one row per statement, one column per level any states. */
function totalsTable(group: AuditGroup): string[] {
  if (group.totals.length === 0) return ['  Totals: none stated'];
  const levels = [...new Set(group.totals.flatMap((t) => Object.keys(t.byLevel) as Level[]))].sort(
    compareLevels,
  );
  const role = new Map(group.sources.map((s) => [s.source, s.role]));
  const header = ['source', 'states', 'total', ...levels.map(levelName)];
  const rows = group.totals.map((t) => [
    printable(t.source),
    t.statement === 'claim' && role.get(t.source) === 'decree' ? 'dictum' : STATEMENTS[t.statement],
    stated(t, t.total),
    ...levels.map((level) => {
      const count = t.byLevel[level];
      return count === undefined ? '-' : String(count);
    }),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const render = (cells: string[]) =>
    `    ${cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ')}`.trimEnd();
  return ['  Totals:', render(header), ...rows.map(render)];
}

function findingLine(finding: Finding, c: ChalkInstance): string {
  const severity = finding.severity === 'error' ? c.red('error  ') : c.yellow('warning');
  return `    ${severity} ${printable(finding.message)} ${c.dim(`(${finding.code})`)}`;
}

function groupBlock(group: AuditGroup, c: ChalkInstance): string {
  const title = group.number ? `SK ${printable(group.number)}` : 'Inputs without an SK number';
  const lines = [c.bold(`${title}${group.date ? `  ${group.date}` : ''}`)];
  lines.push(`  Sources: ${group.sources.map((s) => `${printable(s.source)} (${s.role})`).join(', ')}`);
  lines.push(...totalsTable(group));
  const errors = group.findings.filter((f) => f.severity === 'error').length;
  const warnings = group.findings.filter((f) => f.severity === 'warning').length;
  const role = new Map(group.sources.map((s) => [s.source, s.role]));
  if (group.findings.length === 0 && totalsAgree(group.totals, (s) => role.get(s) ?? 'roster'))
    lines.push(`  ${c.green('the sources agree')}`);
  else if (group.findings.length === 0)
    lines.push(
      `  ${c.yellow('the totals above differ')}, though no person or claim could be held against another`,
    );
  else lines.push(`  Differences: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`);
  lines.push(...group.findings.map((f) => findingLine(f, c)));
  return lines.join('\n');
}

/** `2 decrees audited`; groups without a decree PDF are not decrees audited: `1 roster group audited`. */
function auditedLine(groups: readonly AuditGroup[]): string {
  const decrees = groups.filter((g) => g.sources.some((s) => s.role === 'decree')).length;
  const others = groups.length - decrees;
  const parts = decrees > 0 || others === 0 ? [`${plural(decrees, 'decree')} audited`] : [];
  if (others > 0) parts.push(`${plural(others, 'group')} without a decree PDF compared`);
  return parts.join(', ');
}

/** `sk-check audit` as text: one block per decree (sources, totals, differences), then each input's own findings. */
export function formatAuditText(report: Report, options: AuditTextOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const groups = (report.audit ?? []).filter((g) => !options.quiet || g.findings.length > 0);
  const blocks = groups.map((group) => groupBlock(group, c));
  const documents = formatText(report, { color: options.color, quiet: true, mode: 'check' });
  if (documents !== '')
    blocks.push(`${c.bold('Findings in the inputs themselves')}\n\n${documents.trimEnd()}`);
  if (!options.quiet) {
    const audit = (report.audit ?? []).flatMap((g) => g.findings);
    const { summary } = report;
    blocks.push(
      c.bold(
        `${auditedLine(report.audit ?? [])} from ${plural(summary.documents, 'input')} · ` +
          `differences: ${plural(audit.filter((f) => f.severity === 'error').length, 'error')}, ` +
          `${plural(audit.filter((f) => f.severity === 'warning').length, 'warning')} · ` +
          `inputs: ${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}`,
      ),
    );
  }
  return blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`;
}

/** Renders an audit report in any format: JSON carries `audit`; NDJSON adds one line per group; CSV lists audit findings with their sources. */
export function formatAudit(report: Report, format: string, options: AuditTextOptions): string {
  const groups = report.audit ?? [];
  switch (format) {
    case 'json':
      return formatJson(report);
    case 'ndjson': {
      const lines = formatNdjson(report).split('\n');
      const summary = lines.splice(-2, 2);
      const audit = groups.map((group) => JSON.stringify({ audit: group }));
      return `${[...lines, ...audit, ...summary].join('\n')}`;
    }
    case 'csv':
      return formatFindingsCsv({
        ...report,
        documents: [...report.documents, ...groups.flatMap((group) => group.findings.map(asDocument))],
      });
    default:
      return formatAuditText(report, options);
  }
}

/** An audit finding as a row of the findings CSV: its source column names the inputs it compares. */
function asDocument(finding: Finding): Report['documents'][number] {
  const { sources = [], ...rest } = finding;
  return {
    source: sources.join(' + '),
    kind: 'text',
    status: 'ok',
    decree: null,
    claims: [],
    appointees: [],
    counts: { total: 0, byLevel: {} },
    findings: [rest],
  };
}
