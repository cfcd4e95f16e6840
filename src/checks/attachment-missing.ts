import { say } from '../i18n/said.js';
import { defineRule } from './rule.js';

export const attachmentMissing = defineRule({
  code: 'attachment-missing',
  severity: 'warning',
  description:
    'The decree claims appointees or refers to a lampiran, but no appointee was read from an attachment table.',
  why: 'The people appointed are named only in the lampiran; without it the decree cannot be checked or executed, and a count claimed against nothing is not verified: the decree is unverified until its lampiran is given.',
  example: 'the decree says 80 appointees and refers to a lampiran, but no attachment table was read',
  run(doc, report) {
    const parts = doc.decreeParts;
    if (!parts || doc.records.length > 0 || parts.attachment.doubts.length > 0) return;
    const claimed = doc.claims.find((claim) => claim.total > 0)?.total;
    if (!parts.mentionsAttachment && claimed === undefined) return;
    report(say('attachment-missing', { claimed: claimed ?? null, mentions: parts.mentionsAttachment }));
  },
});
