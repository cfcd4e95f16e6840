import type { Rule } from '../checks/rule.js';

/** `sk-check rules`: one line per code. */
export function formatRules(rules: readonly Rule[]): string {
  const width = Math.max(...rules.map((rule) => rule.code.length));
  const lines = rules.map(
    (rule) => `${rule.code.padEnd(width)}  ${rule.severity.padEnd(7)}  ${rule.description}`,
  );
  return `${lines.join('\n')}\n`;
}

/** `sk-check rules CODE`: the full explanation. */
export function formatRule(rule: Rule): string {
  return [
    `${rule.code} (${rule.severity})`,
    '',
    rule.description,
    '',
    `Why it matters: ${rule.why}`,
    '',
    `Example: ${rule.example}`,
    `Raised by: ${rule.run ? 'a check over the extracted data' : 'the reader, while reading the input'}`,
    '',
  ].join('\n');
}

/** `sk-check rules --format markdown`: the table the README carries. */
export function formatRulesMarkdown(rules: readonly Rule[]): string {
  const escapePipes = (text: string) => text.replaceAll('|', '\\|');
  const rows = rules.map(
    (rule) => `| \`${rule.code}\` | ${rule.severity} | ${escapePipes(rule.description)} |`,
  );
  return ['| code | severity | meaning |', '| --- | --- | --- |', ...rows, ''].join('\n');
}
