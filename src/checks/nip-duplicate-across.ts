import { defineRule } from './rule.js';

/** Raised by the batch (src/batch/across.ts), which sees every document: no `run` of its own. */
export const nipDuplicateAcross = defineRule({
  code: 'nip-duplicate-across',
  severity: 'warning',
  description: 'A NIP appointed in this decree was already appointed in another decree of the same batch.',
  why: 'One person rarely takes two posts in one round of appointments: one of the decrees may name the wrong person, or a post was filled twice.',
  example: 'NIP 197005121995031002 is also appointed in sk-2026-014.pdf (page 3, row 12)',
});
