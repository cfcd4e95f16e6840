import { say } from '../i18n/said.js';
import { isDecreeKind } from '../kinds.js';
import { defineRule } from './rule.js';

export const signatoryMissing = defineRule({
  code: 'signatory-missing',
  severity: 'error',
  description:
    'The decree body has no signature block: no signer named after Ditetapkan di ... pada tanggal.',
  why: 'A decree is made by the official who signs it; without the title and name of the signer it is still a draft.',
  example: 'no signature block (title and name of the official) after Ditetapkan di',
  run(doc, report) {
    const body = doc.decreeParts?.body;
    if (isDecreeKind(doc.kind) && body && !doc.decree?.signatory)
      report({ page: body.page, ...say('signatory-missing', {}) });
  },
});
