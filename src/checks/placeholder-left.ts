import { findPlaceholders } from '../domain/placeholder.js';
import type { Field } from '../extract/columns.js';
import type { PlaceholderField } from '../i18n/messages.js';
import { say } from '../i18n/said.js';
import { isDecreeKind } from '../kinds.js';
import { at, defineRule } from './rule.js';

/** Where placeholders were seen and which, each once. */
class Seen {
  readonly fields: PlaceholderField[] = [];
  readonly placeholders: string[] = [];

  add(field: PlaceholderField, text: string | null | undefined): void {
    const found = text ? findPlaceholders(text) : [];
    if (found.length === 0) return;
    if (!this.fields.includes(field)) this.fields.push(field);
    for (const token of found) if (!this.placeholders.includes(token)) this.placeholders.push(token);
  }

  said(): { fields: PlaceholderField[]; placeholders: string[] } {
    return { fields: this.fields, placeholders: this.placeholders };
  }
}

export const placeholderLeft = defineRule({
  code: 'placeholder-left',
  severity: 'error',
  description:
    'A template placeholder ({valueNama}, [NIP], «NAMA», $nama) is left in the decree, its dicta or an appointee row.',
  why: 'A draft made from a template or a mail merge still holds its fields until filled; signed, it names no one or the wrong one.',
  example: 'template placeholders left in NAMA/NIP: {valueNama}, {valueNip}',
  run(doc, report) {
    if (!isDecreeKind(doc.kind)) return;
    const decree = new Seen();
    const fields = doc.decree;
    decree.add('number', fields?.numberRaw);
    decree.add('subject', fields?.subject);
    decree.add('place', fields?.place);
    decree.add('issuer', fields?.issuer);
    decree.add('signatory', fields?.signatory);
    for (const claim of doc.claims) decree.add('dictum', claim.text);
    const body = doc.decreeParts?.body;
    const bodyOnly = (body?.placeholders ?? []).filter((p) => !decree.placeholders.includes(p.text));
    decree.add('body', bodyOnly.map((p) => p.text).join(' '));
    if (decree.fields.length > 0)
      report({ page: bodyOnly[0]?.page ?? body?.page, ...say('placeholder-left', decree.said()) });

    for (const record of doc.records) {
      const row = new Seen();
      for (const [field, value] of Object.entries(record.cells) as Array<[Field, string | undefined]>)
        row.add(field, value);
      row.add('nip', record.appointee.nipRaw);
      if (row.fields.length > 0)
        report({ ...at(record.appointee, row.fields[0]), ...say('placeholder-left', row.said()) });
    }
  },
});
