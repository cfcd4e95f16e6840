import { defineRule } from './rule.js';

export const fileUnreadable = defineRule({
  code: 'file-unreadable',
  severity: 'error',
  description: 'The input could not be read at all (missing, empty, a directory, binary, corrupt).',
  why: 'Nothing in it was checked: a batch must not mistake an unread file for a clean one.',
  example: 'sk-check: rekap.csv: binary content (NUL bytes): not a CSV text file (file-unreadable)',
});
