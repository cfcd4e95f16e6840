import type { Rule } from './rule.js';

/** An empty cell, or one holding only a placeholder dash. */
const isBlank = (text: string | null | undefined) => !text || /^[-–—.\s]*$/.test(text);

/** Past this share of rows without a structurally valid NIP, the columns were probably misread. */
const BAD_NIP_SHARE = 0.2;

export const attachmentUncertain: Rule = {
  code: 'attachment-uncertain',
  severity: 'warning',
  description:
    'The attachment table could not be reconstructed with confidence; its rows and counts may be wrong.',
  why: 'Reading a table out of a PDF can fail silently (merged rows, lost pages); sk-check says so instead of printing confident wrong numbers.',
  example: 'page 4: the table header was not recognised',
  run(doc, report) {
    const attachment = doc.decreeParts?.attachment;
    if (!attachment) return;
    for (const doubt of attachment.doubts) {
      const page = /^page (\d+)/.exec(doubt)?.[1];
      report({ page: page ? Number(page) : undefined, message: doubt });
    }
    for (const { appointee, nip } of doc.records) {
      if (isBlank(appointee.nameRaw) && isBlank(nip?.raw)) {
        report({
          page: appointee.page,
          row: appointee.row,
          message: 'a row with neither name nor NIP: a row of the table may have been split or merged',
        });
      }
    }
    const bad = doc.records.filter(
      ({ nip }) => !nip || nip.mangled || !(nip.decoded || nip.kind === 'old'),
    ).length;
    if (doc.records.length >= 5 && bad / doc.records.length > BAD_NIP_SHARE) {
      report({
        message: `${bad} of ${doc.records.length} rows have no readable NIP: the NIP column may have been misread`,
      });
    }
  },
};
