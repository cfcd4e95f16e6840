import { defineRule } from './rule.js';

export const internalError = defineRule({
  code: 'internal-error',
  severity: 'error',
  description: 'A check failed on this document; the other checks still ran.',
  why: 'A check that could not run has not vouched for the document; report it instead of crashing.',
  example: 'check nip-duplicate failed: Cannot read properties of undefined',
});
