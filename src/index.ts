export { RULES } from './checks/index.js';
export type { Rule } from './checks/rule.js';
export { type Io, main } from './cli.js';
export { DEFAULT_LIMITS, type Limits } from './limits.js';
export type { Appointee, Claim, Decree, Document, Finding, Report, Summary } from './model.js';
export { ReportSchema, reportJsonSchema, SCHEMA_VERSION } from './model.js';
export { checkInput, type RunOptions, run } from './run.js';
