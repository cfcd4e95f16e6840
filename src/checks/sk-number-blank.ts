import { hasBlankSegment, parseSkNumber } from '../domain/sk-number.js';
import { say } from '../i18n/said.js';
import { isDecreeKind } from '../kinds.js';
import { defineRule } from './rule.js';

const blank = (raw: string | null | undefined): raw is string =>
  typeof raw === 'string' && raw !== '' && hasBlankSegment(parseSkNumber(raw));

export const skNumberBlank = defineRule({
  code: 'sk-number-blank',
  severity: 'error',
  description:
    'The SK number has a segment left blank or a placeholder (188.45/  /BKPP/2016, 821/XXX/BKD/2025).',
  why: 'A draft leaves the sequence for the registry to fill; signed as it is, the decree has no number anyone can cite.',
  example: "the SK number '188.45/  /BKPP/2016' has a segment left blank, to be filled in before signing",
  run(doc, report) {
    const parts = doc.decreeParts;
    if (!isDecreeKind(doc.kind) || !parts) return;
    const raw = doc.decree?.numberRaw;
    if (blank(raw)) report(say('sk-number-blank', { number: raw, inAttachment: false }));
    const block = parts.attachmentBlock;
    // A lampiran printed alone lends its block's number to the decree: that number is reported once.
    const lent = parts.body === null && block?.numberRaw === raw;
    if (block && !lent && blank(block.numberRaw))
      report({
        page: block.page,
        ...say('sk-number-blank', { number: block.numberRaw, inAttachment: true }),
      });
  },
});
