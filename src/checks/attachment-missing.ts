import type { Rule } from './rule.js';

export const attachmentMissing: Rule = {
  code: 'attachment-missing',
  severity: 'warning',
  description: 'The decree refers to a lampiran but no attachment table was found.',
  why: 'The people appointed are named only in the lampiran; without it the decree cannot be checked or executed.',
  example: 'the decree refers to a lampiran, but no attachment table was found',
  run(doc, report) {
    const parts = doc.decreeParts;
    if (parts?.mentionsAttachment && !parts.attachment.found && parts.attachment.doubts.length === 0) {
      report({ message: 'the decree refers to a lampiran, but no attachment table was found' });
    }
  },
};
