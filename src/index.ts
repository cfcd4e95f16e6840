export { type BatchOptions, run, runBatch } from './batch/batch.js';
export { RULES } from './checks/index.js';
export type { Rule } from './checks/rule.js';
export { type Io, main } from './cli.js';
export type { Appointee, Claim, Decree, Document, Finding, Report, Summary } from './model.js';
export { ReportSchema, reportJsonSchema, SCHEMA_VERSION } from './model.js';
export { checkInput, type RunOptions } from './run.js';
