import { ruleFor } from '../checks/index.js';
import { type Level, levelName } from '../domain/level.js';
import { type CheckedOf, checkedText, reasonMessage } from '../i18n/outcome.js';
import { ruleText } from '../i18n/rules.js';
import { isDecreeKind } from '../kinds.js';
import type { Appointee, Claim, Document, Finding, Report, Severity, Summary } from '../model.js';
import { type ClaimLine, claimLines, type LineDoubt } from './claim-lines.js';
import { type Paper, reportCss } from './html-css.js';
import { HTML_LABELS, type LabelName, type Lang, labelsFor } from './html-labels.js';

export { HTML_LABELS, type Lang, type Paper };

export interface HtmlOptions {
  lang?: Lang | undefined;
  paper?: Paper | undefined;
}

/** A report as one self-contained HTML file, written as its documents come (see stream.ts). */
export interface HtmlStream {
  start(): string;
  document(doc: Document): string;
  end(summary: Summary): string;
}

type Label = (name: LabelName) => string;

/** Text from a document is data: escaped, and control characters that HTML forbids replaced. */
export function escapeHtml(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: replacing them is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '\ufffd')
      .replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c)
  );
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * The report is inline CSS and text, no scripts or images: a browser that opens a report made from
 * a hostile file runs and fetches nothing, even if some markup slipped past the escaping.
 */
const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

export function htmlStream(options: HtmlOptions = {}): HtmlStream {
  const lang = options.lang ?? 'en';
  const t = labelsFor(lang);
  let count = 0;
  return {
    start: () =>
      `<!DOCTYPE html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n` +
      `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">\n` +
      `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
      `<title>${t('title')}</title>\n<style>${reportCss(options.paper ?? 'a4', t('page'))}</style>\n` +
      `</head>\n<body>\n<h1>${t('title')}</h1>\n`,
    document: (doc) => documentSection(doc, ++count, t, lang),
    end: (summary) => `${summaryFooter(summary, t)}</body>\n</html>\n`,
  };
}

/** `--format html`: the whole report. */
export function formatHtml(report: Report, options: HtmlOptions = {}): string {
  const stream = htmlStream(options);
  return (
    stream.start() + report.documents.map((doc) => stream.document(doc)).join('') + stream.end(report.summary)
  );
}

const STATUS_LABELS = {
  verified: 'statusVerified',
  invalid: 'statusInvalid',
  unverified: 'statusUnverified',
  'not-a-decree': 'statusNotADecree',
  unreadable: 'statusUnreadable',
} as const satisfies Record<Document['status'], LabelName>;
const STATUS_MARKS = {
  verified: '✓',
  invalid: '✗',
  unverified: '?',
  'not-a-decree': '–',
  unreadable: '✗',
} as const;
const KIND_LABELS = {
  pdf: 'kindPdf',
  docx: 'kindDocx',
  odt: 'kindOdt',
  csv: 'kindCsv',
  xlsx: 'kindXlsx',
  text: 'kindText',
  image: 'kindImage',
} as const satisfies Record<Document['kind'], LabelName>;

function documentSection(doc: Document, index: number, t: Label, lang: Lang): string {
  const marks = new Marks(doc);
  const status = `<span class="status status-${doc.status}">${STATUS_MARKS[doc.status]} ${t(STATUS_LABELS[doc.status])}</span>`;
  const parts = [
    `<section class="document" id="doc-${index}" data-status="${doc.status}">`,
    `<h2><span class="source">${escapeHtml(doc.source)}</span> ${status}</h2>`,
    fieldsTable(doc, t, marks, lang),
  ];
  if (doc.status !== 'unreadable') parts.push(claimsTable(doc, t));
  parts.push(findingsPart(doc, t, lang));
  if (doc.status !== 'unreadable' && doc.kind !== 'text') parts.push(appointeesTable(doc, t, marks));
  parts.push('</section>\n');
  return parts.filter(Boolean).join('\n');
}

function fieldsTable(doc: Document, t: Label, marks: Marks, lang: Lang): string {
  const decree = doc.decree;
  const rows: Array<[LabelName, string | null, string]> = [
    ['kind', t(KIND_LABELS[doc.kind]), ''],
    ['status', t(STATUS_LABELS[doc.status]), ''],
  ];
  if (doc.sources) rows.push(['files', doc.sources.join(' + '), '']);
  if (decree || isDecreeKind(doc.kind)) {
    rows.push(
      ['skNumber', decree?.number ?? decree?.numberRaw ?? null, 'number'],
      ['date', decree?.date ?? null, 'date'],
      ['subject', decree?.subject ?? null, 'subject'],
      ['issuer', decree?.issuer ?? null, 'issuer'],
      ['place', decree?.place ?? null, 'place'],
      ['signatory', decree?.signatory ?? null, 'signatory'],
    );
  }
  if (doc.status !== 'unreadable' && doc.kind !== 'text') rows.push(['listed', countsText(doc, t), '']);
  if (doc.checked) rows.push(['checked', checkedText(doc as CheckedOf, lang), '']);
  for (const reason of doc.unverified ?? []) rows.push(['notVerified', reasonMessage(reason, lang), '']);
  const body = rows.map(([label, value, field]) => {
    const shown = value === null ? `<em>${t('notFound')}</em>` : escapeHtml(value);
    return `<tr><th scope="row">${t(label)}</th>${marks.cell(field ? { field } : null, shown, `field-${label}`)}</tr>`;
  });
  return `<table class="fields"><tbody>\n${body.join('\n')}\n</tbody></table>`;
}

function countsText(doc: Document, t: Label): string {
  const parts = Object.entries(doc.counts.byLevel).map(
    ([level, count]) => `${levelText(level as Level, t)} ${count}`,
  );
  return `${doc.counts.total}${parts.length > 0 ? `: ${parts.join(', ')}` : ''}`;
}

function levelText(level: Level, t: Label): string {
  return level === 'unknown' ? t('levelUnknown') : levelName(level);
}

const WHY_LABELS: Record<LineDoubt, LabelName> = {
  'attachment-uncertain': 'whyAttachmentUncertain',
  'attachment-missing': 'whyAttachmentMissing',
  'no-attachment': 'whyNoAttachment',
  qualified: 'whyQualified',
  'level-unknown': 'whyLevelUnknown',
};

const QUALIFIER_LABELS = {
  approximately: 'about',
  'at-least': 'atLeast',
  'more-than': 'moreThan',
  'at-most': 'atMost',
} as const;

function claimsTable(doc: Document, t: Label): string {
  if (doc.claims.length === 0) return '';
  const heading = doc.kind === 'text' ? t('claimsPress') : t('claims');
  const rows = claimLines(doc).map((line) => claimRow(line, doc.claims[line.claim], t));
  return (
    `<h3>${heading}</h3>\n<table class="claims"><thead><tr><th>${t('claim')}</th><th>${t('said')}</th>` +
    `<th>${t('counted')}</th><th>${t('result')}</th></tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody></table>`
  );
}

function claimRow(line: ClaimLine, claim: Claim | undefined, t: Label): string {
  const page = claim?.page !== undefined ? ` (${t('page')} ${claim.page})` : '';
  const note = `<br><span class="note">${escapeHtml(line.labels.join('; '))}</span>`;
  const what =
    line.what === 'total'
      ? `<strong>${t('total')}</strong>${line.attachment ? ` Lampiran ${escapeHtml(line.attachment)}` : ''}${escapeHtml(page)}`
      : line.what === 'attachment'
        ? `Lampiran ${escapeHtml(line.attachment ?? '')}${note}`
        : `${escapeHtml(levelText(line.what, t))}${note}`;
  const qualifier =
    claim?.qualifier && line.what === 'total' ? `${t(QUALIFIER_LABELS[claim.qualifier])} ` : '';
  const result =
    line.result === 'match'
      ? `✓ ${t('match')}`
      : line.result === 'differs'
        ? `✗ ${t('differs')}`
        : `– ${t('unverified')}<br><span class="why">${line.why ? t(WHY_LABELS[line.why]) : ''}</span>`;
  return (
    `<tr class="claim-line ${line.result}" data-result="${line.result}" data-what="${escapeHtml(line.what)}">` +
    `<td>${what}</td><td class="num">${escapeHtml(qualifier)}${line.said}</td>` +
    `<td class="num">${line.counted ?? '–'}</td><td class="result">${result}</td></tr>`
  );
}

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

function findingsPart(doc: Document, t: Label, lang: Lang): string {
  const heading = `<h3>${t('findings')}</h3>`;
  if (doc.findings.length === 0) return `${heading}\n<p class="no-findings">✓ ${t('noFindings')}</p>`;
  const groups = new Map<string, Finding[]>();
  for (const finding of doc.findings) {
    const group = groups.get(finding.code);
    if (group) group.push(finding);
    else groups.set(finding.code, [finding]);
  }
  const ordered = [...groups.entries()].sort(
    ([a, [fa]], [b, [fb]]) =>
      SEVERITY_ORDER.indexOf(fa?.severity ?? 'info') - SEVERITY_ORDER.indexOf(fb?.severity ?? 'info') ||
      (a < b ? -1 : a > b ? 1 : 0),
  );
  const people = new People(doc.appointees);
  const blocks = ordered.map(([code, findings]) => {
    const severity = findings[0]?.severity ?? 'info';
    const rule = ruleFor(code);
    const description = rule ? ruleText(rule, lang).description : undefined;
    const rows = findings.map((f) => {
      const person = f.row !== undefined ? people.at(f.row, f.page) : undefined;
      return (
        `<tr><td>${escapeHtml(where(f, t))}</td><td>${escapeHtml(person?.nameRaw ?? person?.name ?? '')}</td>` +
        `<td>${escapeHtml(f.field ?? '')}</td><td>${escapeHtml(f.message)}</td></tr>`
      );
    });
    return (
      `<div class="finding-group" data-code="${escapeHtml(code)}" data-severity="${severity}">\n` +
      `<h4><span class="severity severity-${severity}">${severityMark(severity)} ${t(severity)}</span> ` +
      `<code>${escapeHtml(code)}</code> (${findings.length})</h4>\n` +
      (description ? `<p class="description">${escapeHtml(description)}</p>\n` : '') +
      `<table class="findings"><thead><tr><th>${t('where')}</th><th>${t('name')}</th><th>${t('field')}</th>` +
      `<th>${t('message')}</th></tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody></table>\n</div>`
    );
  });
  return `${heading}\n${blocks.join('\n')}`;
}

function severityMark(severity: Severity): string {
  return severity === 'error' ? '✗' : severity === 'warning' ? '!' : 'i';
}

function where(f: Finding, t: Label): string {
  return [
    f.page !== undefined ? `${t('page')} ${f.page}` : '',
    f.row !== undefined ? `${t('row')} ${f.row}` : '',
    f.cell ?? '',
  ]
    .filter(Boolean)
    .join(', ');
}

/** Appointees by row (and page, where a PDF's rows carry one), for the findings about them. */
class People {
  readonly #byRow = new Map<number, Appointee[]>();

  constructor(appointees: readonly Appointee[]) {
    for (const a of appointees) this.#byRow.set(a.row, [...(this.#byRow.get(a.row) ?? []), a]);
  }

  at(row: number, page: number | undefined): Appointee | undefined {
    const found = this.#byRow.get(row) ?? [];
    return found.find((a) => page === undefined || a.page === undefined || a.page === page) ?? found[0];
  }
}

type Column =
  | 'no'
  | 'name'
  | 'nip'
  | 'rank'
  | 'grade'
  | 'echelon'
  | 'positionOld'
  | 'positionNew'
  | 'unit'
  | 'page';

const COLUMNS: readonly Column[] = [
  'no',
  'name',
  'nip',
  'rank',
  'grade',
  'echelon',
  'positionOld',
  'positionNew',
  'unit',
  'page',
];

const ALWAYS: ReadonlySet<Column> = new Set(['no', 'name', 'nip']);

/** The finding fields (reader and check names) each column shows; a row finding without one marks NO. */
const FIELD_COLUMNS: Record<string, readonly Column[]> = {
  no: ['no'],
  name: ['name'],
  nip: ['nip'],
  nameNip: ['name', 'nip'],
  rank: ['rank'],
  grade: ['grade'],
  rankGrade: ['rank', 'grade'],
  echelon: ['echelon'],
  positionOld: ['positionOld'],
  positionNew: ['positionNew'],
  unit: ['unit'],
};

function appointeesTable(doc: Document, t: Label, marks: Marks): string {
  const heading = `<h3>${t('appointees')}</h3>`;
  if (doc.appointees.length === 0) return `${heading}\n<p>${t('noAppointees')}</p>`;
  // A column no row fills (no unit in this lampiran, no page in a roster) is left out.
  const columns = COLUMNS.filter(
    (c) => ALWAYS.has(c) || doc.appointees.some((a) => appointeeValue(a, c) !== ''),
  );
  const head = columns.map((c) => `<th class="col-${c}">${t(c === 'page' ? 'pageColumn' : c)}</th>`).join('');
  const rows = doc.appointees.map((a) => {
    const cells = columns.map((column) => {
      const value = appointeeValue(a, column);
      const shown =
        column === 'nip' && value ? `<span class="nip">${escapeHtml(value)}</span>` : escapeHtml(value);
      return marks.cell({ row: a.row, page: a.page, column }, shown, `col-${column}`);
    });
    return `<tr data-row="${a.row}">${cells.join('')}</tr>`;
  });
  return (
    `<div class="appointees-block">\n${heading}\n<p class="note">${t('marked')}</p>\n` +
    `<table class="appointees"><thead><tr>${head}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody></table>\n</div>`
  );
}

function appointeeValue(a: Appointee, column: Column): string {
  switch (column) {
    case 'no':
      return String(a.row);
    case 'name':
      return a.nameRaw ?? a.name ?? '';
    case 'page':
      return a.page === undefined ? '' : String(a.page);
    default:
      return a[column] ?? '';
  }
}

interface CellKey {
  row?: number;
  page?: number | undefined;
  column?: Column;
  field?: string;
}

/** The cells a document's findings name: appointee cells by row and field, header fields by name. */
class Marks {
  readonly #cells = new Map<string, Finding[]>();

  constructor(doc: Document) {
    for (const f of doc.findings) {
      if (f.row !== undefined) {
        const columns = (f.field && FIELD_COLUMNS[f.field]) || ['no'];
        for (const column of columns) this.#add(`${f.row}:${f.page ?? ''}:${column}`, f);
      } else if (f.field) {
        this.#add(`field:${f.field}`, f);
      }
    }
  }

  #add(key: string, f: Finding): void {
    const list = this.#cells.get(key) ?? [];
    if (!list.includes(f)) list.push(f);
    this.#cells.set(key, list);
  }

  #findings(key: CellKey): Finding[] {
    if (key.field !== undefined) return this.#cells.get(`field:${key.field}`) ?? [];
    if (key.row === undefined || key.column === undefined) return [];
    return [
      ...(this.#cells.get(`${key.row}:${key.page ?? ''}:${key.column}`) ?? []),
      ...(key.page !== undefined ? (this.#cells.get(`${key.row}::${key.column}`) ?? []) : []),
    ];
  }

  /** A `<td>` holding `shown`, marked with ✗ or ! and the codes when a finding names it. */
  cell(key: CellKey | null, shown: string, className: string): string {
    const findings = key ? this.#findings(key) : [];
    if (findings.length === 0) return `<td class="${className}">${shown}</td>`;
    const severity = SEVERITY_ORDER.find((s) => findings.some((f) => f.severity === s)) ?? 'info';
    const codes = [...new Set(findings.map((f) => f.code))].join(' ');
    return (
      `<td class="${className} faulty faulty-${severity}" data-codes="${escapeHtml(codes)}">${shown}` +
      `<span class="mark">${severityMark(severity)} ${escapeHtml(codes)}</span></td>`
    );
  }
}

function summaryFooter(summary: Summary, t: Label): string {
  const cells: Array<[string, number]> = [
    [t('documents'), summary.documents],
    [t('statusVerified'), summary.verified],
    [t('statusInvalid'), summary.invalid],
    [t('statusUnverified'), summary.unverified],
    [t('statusNotADecree'), summary.notADecree],
    [t('statusUnreadable'), summary.unreadable],
    [t('appointees'), summary.appointees],
    [t('errors'), summary.errors],
    [t('warnings'), summary.warnings],
  ];
  return (
    `<footer>\n<h3>${t('summary')}</h3>\n<table class="summary"><thead><tr>` +
    cells.map(([label]) => `<th>${label}</th>`).join('') +
    `</tr></thead>\n<tbody><tr>${cells.map(([, n]) => `<td class="num">${n}</td>`).join('')}</tr></tbody></table>\n</footer>\n`
  );
}
