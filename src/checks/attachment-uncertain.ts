import { isPlaceholder } from '../extract/appointee.js';
import { TABLE_SETTINGS } from '../extract/table-settings.js';
import { say } from '../i18n/said.js';
import { defineRule } from './rule.js';

const isBlank = (text: string | null | undefined) => !text || isPlaceholder(text);

export const attachmentUncertain = defineRule({
  code: 'attachment-uncertain',
  severity: 'warning',
  description:
    'The attachment table could not be read with confidence, so the counts of the decree could not be verified.',
  why: 'A clerk signs on the verdict. Reading a table out of a PDF can fail (a page skipped, rows split or merged, a column misread); sk-check says the decree is unverified instead of printing confident wrong numbers under a verified outcome.',
  example: 'page 4: the table header was not recognised',
  run(doc, report) {
    const attachment = doc.decreeParts?.attachment;
    if (!attachment) return;
    for (const doubt of attachment.doubts)
      report({ page: doubt.page, message: doubt.message, said: doubt.said });
    for (const { appointee, nip } of doc.records) {
      if (isBlank(appointee.nameRaw) && isBlank(nip?.raw)) {
        report({
          page: appointee.page,
          row: appointee.row,
          ...say('attachment-uncertain/split-row', {}),
        });
      }
    }
    const bad = doc.records.filter(
      ({ nip }) => !nip || nip.mangled || !(nip.decoded || nip.kind === 'old'),
    ).length;
    if (doc.records.length >= 5 && bad / doc.records.length > TABLE_SETTINGS.badNipShare) {
      report(say('attachment-uncertain/bad-nips', { bad, total: doc.records.length }));
    }
  },
});
