/**
 * Every finding code, in the registry's order: the contract of the reports (see CHANGELOG.md). A
 * check's file in src/checks/ gives each its meaning; `checks/index.ts` fails to compile unless its
 * registry holds exactly these codes. The list lives here, below every layer, so that errors,
 * documents and the catalogue can name a code without importing the checks (no import cycle).
 */
export const FINDING_CODES = [
  'file-unreadable',
  'file-unsupported',
  'pdf-encrypted',
  'document-encrypted',
  'pdf-no-text',
  'text-layer-unusable',
  'not-a-decree',
  'ocr-unavailable',
  'ocr-used',
  'ocr-low-confidence',
  'limit-exceeded',
  'roster-header-missing',
  'sheet-missing',
  'encoding-invalid',
  'internal-error',
  'row-malformed',
  'field-missing',
  'nip-invalid',
  'nip-mangled',
  'nip-duplicate',
  'nip-duplicate-across',
  'nip-implausible',
  'grade-unrecognised',
  'rank-grade-mismatch',
  'echelon-unrecognised',
  'grade-below-echelon',
  'grade-above-echelon',
  'level-unknown',
  'sk-number-missing',
  'number-date-mismatch',
  'attachment-missing',
  'attachment-number-mismatch',
  'attachment-uncertain',
  'row-sequence-gap',
  'amount-words-mismatch',
  'total-mismatch',
  'count-mismatch',
  'cross-missing',
  'cross-extra',
  'cross-mismatch',
  'claim-conflict',
  'cross-number-mismatch',
] as const;

/** A finding code: a misspelt code in a check, a note, a doubt or an `SkError` does not compile. */
export type FindingCode = (typeof FINDING_CODES)[number];
