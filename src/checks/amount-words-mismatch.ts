import type { Rule } from './rule.js';

export const amountWordsMismatch: Rule = {
  code: 'amount-words-mismatch',
  severity: 'error',
  description: 'An amount written in digits and words disagrees: 100 (seratus sepuluh).',
  why: 'The words are there to make the digits unambiguous; when they disagree nobody knows which one the signer meant.',
  example: '85 (delapan puluh) on page 1: the words say 80',
  run(doc, report) {
    for (const amount of doc.decreeParts?.amounts ?? []) {
      if (amount.words === amount.digits) continue;
      const said = amount.words === null ? 'cannot be read as a number' : `say ${amount.words}`;
      report({
        page: amount.page,
        message: `${amount.digits} (${amount.wordsText ?? ''}): the words ${said}`,
      });
    }
  },
};
