import { stated } from '../audit/totals.js';
import { FIELD_WORDS } from '../i18n/audit-messages.js';
import type { Lang } from '../i18n/lang.js';
import { t } from '../i18n/ui.js';
import type { AuditChanges, AuditTotal, ChangeField, PersonChange } from '../model.js';

// What both audit formatters (text and HTML) print the same way.

/** `about 100` / `sekitar 100`. */
export function statedIn(total: AuditTotal, value: number, lang: Lang): string {
  if (lang === 'en') return stated(total, value);
  return `${total.qualifier ? `${t(lang, `qualifier.${total.qualifier}`)} ` : ''}${value}`;
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
