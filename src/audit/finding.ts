import { type FindingCode, ruleFor } from '../checks/index.js';
import { severityOf } from '../checks/settings.js';
import { type Spoken, withSaid } from '../i18n/said.js';
import type { Finding } from '../model.js';

/** An audit finding: the registry gives its severity; `sources` names the inputs it compares. */
export function auditFinding(
  code: FindingCode,
  { message, said }: Spoken,
  sources: readonly string[],
  field?: string,
): Finding {
  const rule = ruleFor(code);
  if (!rule) throw new Error(`finding code ${code} is not in the registry`);
  const finding: Finding = { code, severity: severityOf(rule), message };
  if (field !== undefined) finding.field = field;
  finding.sources = [...sources];
  return withSaid(finding, said);
}
