/**
 * The report's schema version, apart from the zod schemas (model.ts) so that writing a report does
 * not build them: a CLI run that only checks files never loads zod.
 * Bumped only when a field is removed or changes meaning; new optional fields keep the version.
 */
export const SCHEMA_VERSION = 2;
