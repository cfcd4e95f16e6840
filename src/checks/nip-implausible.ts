import { retirementAge } from '../domain/echelon.js';
import { nipPlausibility } from '../domain/nip.js';
import { say } from '../i18n/said.js';
import { at, defineRule } from './rule.js';

export const nipImplausible = defineRule({
  code: 'nip-implausible',
  severity: 'warning',
  description:
    'A valid NIP that is odd for this appointment: first appointed past 36, appointed after the decree date, at or past retirement age, sex digit against Hj./Dra./H./Drs., a PPPK number with a PNS grade.',
  why: 'Each happens in real life, rarely; more often it means the NIP belongs to someone else or was mistyped.',
  example: 'NIP 196201151988031003: 64 years old on 2026-02-06, at or past the retirement age of 58',
  row(doc) {
    const decreeDate = doc.decree?.date ?? null;
    return ({ appointee, nip, jenjang }, report) => {
      if (!nip?.decoded || nip.mangled) return;
      const problems = nipPlausibility(nip.decoded, {
        decreeDate,
        retirementAge: retirementAge(appointee.level, jenjang ?? undefined),
        titlesBefore: appointee.titlesBefore,
        grade: appointee.grade,
      });
      for (const problem of problems) {
        if (problem.severity === 'warning')
          report({ ...at(appointee, 'nip'), ...say('nip-implausible', { problem: problem.said }) });
      }
    };
  },
});
