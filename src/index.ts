export { audit, check, extract, type Input, type Options } from './api.js';
export { type BatchOptions, run, runBatch } from './batch/batch.js';
export { RULES } from './checks/index.js';
export type { Rule } from './checks/rule.js';
export { type Io, main } from './cli/main.js';
export { SkError } from './errors.js';
export { DEFAULT_LIMITS, type Limits } from './limits.js';
export type {
  Appointee,
  AuditGroup,
  Claim,
  Counts,
  Decree,
  Document,
  Finding,
  Kind,
  Report,
  Severity,
  Status,
  Summary,
} from './model.js';
export { ReportSchema, reportJsonSchema, SCHEMA_VERSION } from './model.js';
export { checkInput, checkInputs, type RunOptions } from './run.js';
