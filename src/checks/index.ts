import type { FindingCode } from '../finding-codes.js';
import { amountWordsMismatch } from './amount-words-mismatch.js';
import { attachmentMissing } from './attachment-missing.js';
import { attachmentNumberMismatch } from './attachment-number-mismatch.js';
import { attachmentUncertain } from './attachment-uncertain.js';
import { claimConflict } from './claim-conflict.js';
import { columnHintUnused } from './column-hint-unused.js';
import { countMismatch } from './count-mismatch.js';
import { crossChanged } from './cross-changed.js';
import { crossExtra } from './cross-extra.js';
import { crossMismatch } from './cross-mismatch.js';
import { crossMissing } from './cross-missing.js';
import { crossNumberMismatch } from './cross-number-mismatch.js';
import { dateMissing } from './date-missing.js';
import { documentEncrypted } from './document-encrypted.js';
import { echelonUnrecognised } from './echelon-unrecognised.js';
import { encodingInvalid } from './encoding-invalid.js';
import { fieldMissing } from './field-missing.js';
import { fileUnreadable } from './file-unreadable.js';
import { fileUnsupported } from './file-unsupported.js';
import { gradeAboveEchelon } from './grade-above-echelon.js';
import { gradeBelowEchelon } from './grade-below-echelon.js';
import { gradeUnrecognised } from './grade-unrecognised.js';
import { internalError } from './internal-error.js';
import { levelConflict } from './level-conflict.js';
import { levelUnknown } from './level-unknown.js';
import { limitExceeded } from './limit-exceeded.js';
import { nipDuplicate } from './nip-duplicate.js';
import { nipDuplicateAcross } from './nip-duplicate-across.js';
import { nipImplausible } from './nip-implausible.js';
import { nipInvalid } from './nip-invalid.js';
import { nipMangled } from './nip-mangled.js';
import { notADecree } from './not-a-decree.js';
import { numberDateMismatch } from './number-date-mismatch.js';
import { ocrLowConfidence } from './ocr-low-confidence.js';
import { ocrUnavailable } from './ocr-unavailable.js';
import { ocrUsed } from './ocr-used.js';
import { pdfEncrypted } from './pdf-encrypted.js';
import { pdfNoText } from './pdf-no-text.js';
import { placeholderLeft } from './placeholder-left.js';
import { rankGradeMismatch } from './rank-grade-mismatch.js';
import { rosterHeaderMissing } from './roster-header-missing.js';
import { rowMalformed } from './row-malformed.js';
import { rowSequenceGap } from './row-sequence-gap.js';
import type { Rule } from './rule.js';
import { sheetMissing } from './sheet-missing.js';
import { sheetSkipped } from './sheet-skipped.js';
import { signatoryMissing } from './signatory-missing.js';
import { skNumberBlank } from './sk-number-blank.js';
import { skNumberMissing } from './sk-number-missing.js';
import { textLayerUnusable } from './text-layer-unusable.js';
import { totalMismatch } from './total-mismatch.js';

/** Every finding code sk-check can emit, in the order `sk-check rules` lists them. */
export const RULES = [
  fileUnreadable,
  fileUnsupported,
  pdfEncrypted,
  documentEncrypted,
  pdfNoText,
  textLayerUnusable,
  notADecree,
  ocrUnavailable,
  ocrUsed,
  ocrLowConfidence,
  limitExceeded,
  rosterHeaderMissing,
  sheetMissing,
  columnHintUnused,
  sheetSkipped,
  encodingInvalid,
  internalError,
  rowMalformed,
  fieldMissing,
  nipInvalid,
  nipMangled,
  nipDuplicate,
  nipDuplicateAcross,
  nipImplausible,
  gradeUnrecognised,
  rankGradeMismatch,
  echelonUnrecognised,
  gradeBelowEchelon,
  gradeAboveEchelon,
  levelUnknown,
  levelConflict,
  skNumberMissing,
  skNumberBlank,
  dateMissing,
  signatoryMissing,
  placeholderLeft,
  numberDateMismatch,
  attachmentMissing,
  attachmentNumberMismatch,
  attachmentUncertain,
  rowSequenceGap,
  amountWordsMismatch,
  totalMismatch,
  countMismatch,
  crossMissing,
  crossExtra,
  crossMismatch,
  crossChanged,
  claimConflict,
  crossNumberMismatch,
] as const satisfies readonly Rule[];

export type { FindingCode } from '../finding-codes.js';

/** The registry holds exactly the codes of `FINDING_CODES`: a code missing on either side does not compile. */
type RegistryCode = (typeof RULES)[number]['code'];
const registryIsExact: [Exclude<FindingCode, RegistryCode>, Exclude<RegistryCode, FindingCode>] extends [
  never,
  never,
]
  ? true
  : false = true;
void registryIsExact;

const BY_CODE = new Map<string, Rule<FindingCode>>(RULES.map((rule) => [rule.code, rule]));

export function ruleFor(code: string): Rule<FindingCode> | undefined {
  return BY_CODE.get(code);
}

export function isFindingCode(code: string): code is FindingCode {
  return BY_CODE.has(code);
}
