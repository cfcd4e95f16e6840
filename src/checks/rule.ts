import type { ExtractedDocument } from '../extract/document.js';
import type { Severity } from '../model.js';

/** What a check reports: the runner adds the code and the severity. */
export interface Observation {
  message: string;
  page?: number | undefined;
  row?: number | undefined;
  field?: string | undefined;
}

export type Report = (observation: Observation) => void;

/**
 * A finding code with its meaning. A rule with `run` is a check over an extracted document; one
 * without is raised by a reader (an input that cannot be read, a note made while reading).
 */
export interface Rule {
  code: string;
  severity: Severity;
  description: string;
  why: string;
  example: string;
  run?: (doc: ExtractedDocument, report: Report) => void;
}

/** Where an appointee came from, for a finding about it. */
export function at(appointee: { row: number; page?: number | undefined }, field?: string): Observation {
  return { message: '', row: appointee.row, page: appointee.page, field };
}

/** `NIP. 1,97005E+17` -> `1,97005E+17`: messages name the value, and say NIP themselves. */
export function withoutLabel(value: string): string {
  return value.replace(/^\s*(NIP|NIK|NI PPPK)\b\.?\s*:?\s*/i, '');
}
