import type { Rule } from '../checks/rule.js';
import type { FindingCode } from '../finding-codes.js';
import type { Lang } from '../i18n/lang.js';
import { ruleText } from '../i18n/rules.js';
import { t } from '../i18n/ui.js';

/** `sk-check rules`: one line per code. */
export function formatRules(rules: readonly Rule[], lang: Lang = 'en'): string {
  const width = Math.max(...rules.map((rule) => rule.code.length));
  const severities = rules.map((rule) => t(lang, `severity-name.${rule.severity}`));
  const severityWidth = Math.max(7, ...severities.map((word) => word.length));
  const lines = rules.map(
    (rule, i) =>
      `${rule.code.padEnd(width)}  ${(severities[i] ?? '').padEnd(severityWidth)}  ${ruleText(rule as Rule<FindingCode>, lang).description}`,
  );
  return `${lines.join('\n')}\n`;
}

/** `sk-check rules CODE`: the full explanation. */
export function formatRule(rule: Rule, lang: Lang = 'en'): string {
  const text = ruleText(rule as Rule<FindingCode>, lang);
  return [
    `${rule.code} (${t(lang, `severity-name.${rule.severity}`)})`,
    '',
    text.description,
    '',
    `${t(lang, 'rules.why')}: ${text.why}`,
    '',
    `${t(lang, 'rules.example')}: ${text.example}`,
    `${t(lang, 'rules.raised-by')}: ${rule.run || rule.row ? t(lang, 'rules.by-check') : t(lang, 'rules.by-reader')}`,
    '',
  ].join('\n');
}

/** `sk-check rules --format markdown`: the table docs/rules.md carries. */
export function formatRulesMarkdown(rules: readonly Rule[]): string {
  const escapePipes = (text: string) => text.replaceAll('|', '\\|');
  const rows = rules.map(
    (rule) => `| \`${rule.code}\` | ${rule.severity} | ${escapePipes(rule.description)} |`,
  );
  return ['| code | severity | meaning |', '| --- | --- | --- |', ...rows, ''].join('\n');
}
