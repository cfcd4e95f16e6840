import { say } from '../i18n/said.js';
import { at, defineRule } from './rule.js';

export const echelonUnrecognised = defineRule({
  code: 'echelon-unrecognised',
  severity: 'warning',
  description: 'An echelon cell that is not a known echelon (I.a .. V.a) nor a word for a non-echelon post.',
  why: 'The echelon decides which grades may hold the post and how the appointee is counted.',
  example: "echelon 'III.c' is not an echelon",
  row() {
    return ({ appointee, echelonText, levelSource }, report) => {
      if (!echelonText || levelSource === 'echelon' || levelSource === 'echelon-cell') return;
      if (/^([-–—]+|non[ -]?eselon)$/i.test(echelonText)) return;
      report({ ...at(appointee, 'echelon'), ...say('echelon-unrecognised', { text: echelonText }) });
    };
  },
});
