import { defineRule } from './rule.js';

export const crossChanged = defineRule({
  code: 'cross-changed',
  severity: 'error',
  description:
    'sk-check audit: two copies of one list (a draft and its signed decree, two revisions, two rosters) differ for a person: a field changed (NIP, name, grade, rank, echelon, old or new position, unit; titles, case and layout aside), or the person was added or removed.',
  why: 'Who gets which post at which grade is what was approved; a copy that says otherwise, signed after approval or passed on as the same decree, appoints someone to what nobody weighed. An error, as a roster that disagrees with its decree is: the copies must be made to agree, or the change shown to be approved (`--fail-on never` for revisions meant to differ).',
  example:
    'NIP 198409232010111033 (SYAHRANI): new position changed from Kepala Bidang Kebudayaan ... in draft.docx (page 2, row 3) to Kepala Bidang Mutasi dan Promosi ... in signed.pdf (page 3, row 3)',
});
