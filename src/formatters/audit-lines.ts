import { stated, totalsAgree } from '../audit/totals.js';
import { compareLevels, type Level } from '../domain/level.js';
import { FIELD_WORDS } from '../i18n/audit-messages.js';
import type { Lang } from '../i18n/lang.js';
import { t } from '../i18n/ui.js';
import { levelText } from '../i18n/words.js';
import type { AuditChanges, AuditGroup, AuditTotal, ChangeField, PersonChange } from '../model.js';
import { fileCount } from '../part-source.js';

// What both audit formatters (text and HTML) print the same way.

/** A source as the audit names it: `keputusan.pdf + 6 lampiran files (decree)`. */
export function sourceName(source: AuditGroup['sources'][number], lang: Lang): string {
  const lampiran = fileCount(source.files?.slice(1) ?? []);
  const more = lampiran > 0 ? ` + ${t(lang, 'audit.lampiran-files', { count: lampiran })}` : '';
  return `${source.source}${more} (${t(lang, `audit.role.${source.role}`)})`;
}

/** `about 100` / `sekitar 100`. */
export function statedIn(total: AuditTotal, value: number, lang: Lang): string {
  if (lang === 'en') return stated(total, value);
  return `${total.qualifier ? `${t(lang, `qualifier.${total.qualifier}`)} ` : ''}${value}`;
}

const STATEMENTS = {
  claim: 'audit.claim',
  attachment: 'audit.attachment',
  roster: 'audit.roster',
} as const;

/**
 * The totals as each source states them: one row per statement (source, what states it, total,
 * then a count per level, `-` where it states none), one column per level any states.
 */
export function totalsCells(group: AuditGroup, lang: Lang): { header: string[]; rows: string[][] } {
  const levels = [...new Set(group.totals.flatMap((total) => Object.keys(total.byLevel) as Level[]))].sort(
    compareLevels,
  );
  const role = new Map(group.sources.map((s) => [s.source, s.role]));
  const header = [
    t(lang, 'audit.head-source'),
    t(lang, 'audit.head-states'),
    t(lang, 'audit.head-total'),
    ...levels.map((level) => levelText(level, lang)),
  ];
  const rows = group.totals.map((total) => [
    total.source,
    `${
      total.statement === 'claim' && role.get(total.source) === 'decree'
        ? t(lang, 'audit.dictum')
        : t(lang, STATEMENTS[total.statement])
    }${total.attachment ? `, Lampiran ${total.attachment}` : ''}`,
    statedIn(total, total.total, lang),
    ...levels.map((level) => {
      const count = total.byLevel[level];
      return count === undefined ? '-' : String(count);
    }),
  ]);
  return { header, rows };
}

/**
 * What a group comes to: differences found, or the sources agree, or the totals differ though no
 * person or claim could be held against another (never `agree` under totals that differ, nor under a
 * table of people who changed: a config may turn their finding off, not the change).
 */
export function verdictOf(group: AuditGroup): 'differences' | 'agree' | 'totals-differ' {
  if (group.findings.length > 0) return 'differences';
  if ((group.changes ?? []).some((pair) => pair.people.length > 0)) return 'differences';
  const role = new Map(group.sources.map((s) => [s.source, s.role]));
  return totalsAgree(group.totals, (s) => role.get(s) ?? 'roster') ? 'agree' : 'totals-differ';
}

/** One line of the table of changes: a field of a person, or a person added or removed. */
export interface ChangeLine {
  /** The person's first line carries NIP, name and rows; their further fields leave them blank. */
  first: boolean;
  nip: string;
  name: string;
  /** `3 → 3`, `– → 11`: the person's row in each source. */
  rows: string;
  change: PersonChange['change'];
  /** The field (`grade`), or the change for a person added or removed. */
  key: ChangeField | 'added' | 'removed';
  /** The field's name, or `added` / `removed`, in the report's language. */
  what: string;
  from: string;
  to: string;
}

const rowOf = (at: PersonChange['fromAt']) => (at ? String(at.row) : '–');

/** The lines of one pair's table, in the order of its changes, in `lang`. */
export function changeLines(changes: AuditChanges, lang: Lang): ChangeLine[] {
  return changes.people.flatMap((person): ChangeLine[] => {
    const head = {
      nip: person.nip ?? '',
      name: person.name ?? '',
      rows: `${rowOf(person.fromAt)} → ${rowOf(person.toAt)}`,
      change: person.change,
    };
    if (person.change !== 'changed')
      return [
        {
          ...head,
          first: true,
          key: person.change,
          what: t(lang, `audit.${person.change}`),
          from: '',
          to: '',
        },
      ];
    return person.fields.map((field, i) => ({
      ...head,
      first: i === 0,
      key: field.field,
      what: FIELD_WORDS[field.field][lang],
      from: field.from,
      to: field.to,
    }));
  });
}

/** `12 in both, 2 changed, 1 added, 0 removed`, or `nothing: 13 in both, ...`. */
export function changeTally(changes: AuditChanges, lang: Lang): string {
  const count = (change: PersonChange['change']) => changes.people.filter((p) => p.change === change).length;
  if (changes.people.length === 0) return t(lang, 'audit.changes-none', { matched: changes.matched });
  return t(lang, 'audit.changes-tally', {
    matched: changes.matched,
    changed: count('changed'),
    added: count('added'),
    removed: count('removed'),
  });
}
