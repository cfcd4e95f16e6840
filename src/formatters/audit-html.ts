import type { Lang } from '../i18n/lang.js';
import { findingMessage } from '../i18n/said.js';
import { t } from '../i18n/ui.js';
import type { AuditChanges, AuditGroup, Finding, Report } from '../model.js';
import { changeLines, changeTally, sourceName, totalsCells, verdictOf } from './audit-lines.js';
import { escapeHtml, type HtmlOptions, htmlStream } from './html.js';

function totalsTable(group: AuditGroup, lang: Lang): string {
  if (group.totals.length === 0) return `<p>${escapeHtml(t(lang, 'audit.totals-none'))}</p>`;
  const { header, rows } = totalsCells(group, lang);
  const body = rows.map(
    (row) =>
      `<tr>${row.map((cell, i) => `<td${i < 2 ? '' : ' class="num"'}>${escapeHtml(cell)}</td>`).join('')}</tr>`,
  );
  return (
    `<h3>${escapeHtml(t(lang, 'audit.totals'))}</h3>\n<table class="totals"><thead><tr>` +
    `${header.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead>\n<tbody>\n${body.join('\n')}\n</tbody></table>`
  );
}

/** What changed between two sources: one row per field that differs, one per person added or removed. */
function changesTable(changes: AuditChanges, lang: Lang): string {
  const heading =
    `<h3>${escapeHtml(t(lang, 'audit.changes', { from: changes.from, to: changes.to }))}</h3>\n` +
    `<p class="tally">${escapeHtml(changeTally(changes, lang))}</p>`;
  if (changes.people.length === 0) return `<div class="changes" data-changes="0">\n${heading}\n</div>`;
  const head = [
    t(lang, 'audit.head-nip'),
    t(lang, 'audit.head-name'),
    t(lang, 'audit.head-rows'),
    t(lang, 'audit.head-change'),
    changes.from,
    changes.to,
  ];
  const rows = changeLines(changes, lang).map(
    (line) =>
      `<tr class="change-${line.change}" data-change="${line.change}" data-field="${escapeHtml(line.key)}">` +
      `<td class="nip">${line.first ? escapeHtml(line.nip) : ''}</td>` +
      `<td>${line.first ? escapeHtml(line.name) : ''}</td>` +
      `<td class="num rows">${line.first ? escapeHtml(line.rows) : ''}</td>` +
      `<td><strong>${escapeHtml(line.what)}</strong></td>` +
      `<td>${escapeHtml(line.from)}</td><td>${escapeHtml(line.to)}</td></tr>`,
  );
  return (
    `<div class="changes" data-changes="${changes.people.length}">\n${heading}\n<table class="changes"><thead><tr>` +
    `${head.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody></table>\n</div>`
  );
}

function findingsTable(findings: readonly Finding[], lang: Lang): string {
  const rows = findings.map(
    (f) =>
      `<tr><td><span class="severity severity-${f.severity}">${escapeHtml(t(lang, `severity.${f.severity}`))}</span></td>` +
      `<td><code>${escapeHtml(f.code)}</code></td><td>${escapeHtml(findingMessage(f, lang))}</td></tr>`,
  );
  return `<table class="audit-findings"><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

function groupSection(group: AuditGroup, index: number, lang: Lang): string {
  const title = group.number ? `SK ${group.number}` : t(lang, 'audit.no-number');
  const sources = group.sources.map((s) => escapeHtml(sourceName(s, lang))).join(', ');
  const errors = group.findings.filter((f) => f.severity === 'error').length;
  const warnings = group.findings.filter((f) => f.severity === 'warning').length;
  const verdict = {
    differences: () =>
      `<h3>${escapeHtml(t(lang, 'audit.differences'))}: ${escapeHtml(t(lang, 'report.tally', { errors, warnings }))}</h3>\n${findingsTable(group.findings, lang)}`,
    agree: () => `<p class="agree">✓ ${escapeHtml(t(lang, 'audit.agree'))}</p>`,
    'totals-differ': () => `<p class="differ">! ${escapeHtml(t(lang, 'audit.totals-differ'))}</p>`,
  }[verdictOf(group)]();
  return [
    `<section class="audit" id="audit-${index}">`,
    `<h2>${escapeHtml(title)}${group.date ? ` <span class="date">${escapeHtml(group.date)}</span>` : ''}</h2>`,
    `<p>${escapeHtml(t(lang, 'audit.sources'))}: ${sources}</p>`,
    totalsTable(group, lang),
    ...(group.changes ?? []).map((changes) => changesTable(changes, lang)),
    verdict,
    '</section>\n',
  ].join('\n');
}

/**
 * `sk-check audit --format html`: each decree's sources, totals, the tables of what changed between
 * its sources and the differences found, then each input as `check` shows it.
 */
export function formatAuditHtml(report: Report, options: HtmlOptions = {}): string {
  const lang = options.lang ?? 'en';
  const stream = htmlStream(options);
  const groups = (report.audit ?? []).map((group, i) => groupSection(group, i + 1, lang));
  return (
    stream.start() +
    groups.join('') +
    report.documents.map((doc) => stream.document(doc)).join('') +
    stream.end(report.summary)
  );
}
