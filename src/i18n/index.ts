/**
 * The language API others call: which language (`resolveLang`), a label (`t`), a finding's message
 * (`findingMessage`), a rule's explanation (`ruleText`), a level's name (`levelText`), a date
 * (`tanggal`). Every text lives in this folder's catalogue, in English and Indonesian.
 */
export { isLang, LANGS, type Lang, machineLang, resolveLang } from './lang.js';
export { ruleText } from './rules.js';
export { findingMessage, localizeDocument, type Said, type Spoken, say } from './said.js';
export { t, type UiKey } from './ui.js';
export { levelText, tanggal } from './words.js';
