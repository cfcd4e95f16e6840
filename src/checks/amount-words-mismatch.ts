import { say } from '../i18n/said.js';
import { defineRule } from './rule.js';

export const amountWordsMismatch = defineRule({
  code: 'amount-words-mismatch',
  severity: 'error',
  description: 'An amount written in digits and words disagrees: 100 (seratus sepuluh).',
  why: 'The words are there to make the digits unambiguous; when they disagree nobody knows which one the signer meant.',
  example: '85 (delapan puluh) on page 1: the words say 80',
  run(doc, report) {
    for (const amount of doc.decreeParts?.amounts ?? []) {
      if (amount.words === amount.digits) continue;
      report({
        page: amount.page,
        ...say('amount-words-mismatch', {
          digits: amount.digits,
          wordsText: amount.wordsText ?? '',
          words: amount.words,
        }),
      });
    }
  },
});
