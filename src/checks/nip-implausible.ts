import { nipPlausibility } from '../domain/nip.js';
import { retirementFor } from '../domain/retirement.js';
import { say } from '../i18n/said.js';
import { at, defineRule } from './rule.js';
import { thresholds } from './settings.js';

export const nipImplausible = defineRule({
  code: 'nip-implausible',
  severity: 'warning',
  description:
    "A well-formed NIP that is odd for this appointment: first appointed older than the rules allow (35, 40 for exempted posts, 46 on 1 January 2006 for honorary staff appointed 2005-2014, each with a year's slack), appointed after the decree date, at or past the retirement age of the post (58, 60 or 65; teachers and kepala sekolah 60, lecturers 65), sex digit against Hj./Dra./H./Drs., a PPPK number with a PNS grade.",
  why: 'Each is lawful only in rare cases, and the message names the rule that applied: check the NIP against the personnel record (a digit mistyped, the wrong person) and the post against its retirement age before signing.',
  example: 'NIP 196201151988031003: 64 years old on 2026-02-06, at or past the retirement age of 58',
  row(doc) {
    const decreeDate = doc.decree?.date ?? null;
    const { retirementAge, firstAppointment } = thresholds();
    return ({ appointee, nip, jenjang }, report) => {
      if (!nip?.decoded || nip.mangled) return;
      const post = appointee.positionNew ?? appointee.positionOld;
      const retirement = retirementFor(appointee.level, jenjang ?? undefined, post, retirementAge);
      const problems = nipPlausibility(nip.decoded, {
        decreeDate,
        retirementAge: retirement?.age ?? null,
        retirementRule: retirement?.rule,
        post: [appointee.positionNew, appointee.positionOld].filter(Boolean).join(' / ') || null,
        titlesBefore: appointee.titlesBefore,
        grade: appointee.grade,
        ageLimits: firstAppointment,
      });
      for (const problem of problems) {
        if (problem.severity === 'warning')
          report({ ...at(appointee, 'nip'), ...say('nip-implausible', { problem: problem.said }) });
      }
    };
  },
});
