import { say } from '../i18n/said.js';
import { isDecreeKind } from '../kinds.js';
import { defineRule } from './rule.js';

export const dateMissing = defineRule({
  code: 'date-missing',
  severity: 'error',
  description:
    'The decree body has no date of signing (Ditetapkan di ... pada tanggal ...), or its day is left blank.',
  why: 'A decree takes effect and is cited by its date; a draft leaves the day blank until it is signed.',
  example: 'the date of signing has no day: pada tanggal ... Februari 2026',
  run(doc, report) {
    const body = doc.decreeParts?.body;
    if (!isDecreeKind(doc.kind) || !body) return;
    if (body.blankDay) report({ page: body.page, ...say('date-missing', { blankDay: true }) });
    else if (!body.dated) report({ page: body.page, ...say('date-missing', { blankDay: false }) });
  },
});
