import { defineRule } from './rule.js';

export const encodingInvalid = defineRule({
  code: 'encoding-invalid',
  severity: 'warning',
  description: 'Some bytes are not valid in the encoding the file was read with.',
  why: 'Names with such bytes come out garbled (U+FFFD) and will not match other sources.',
  example: '3 row(s) hold bytes that are not valid utf-8; ... (try --encoding windows-1252)',
});
