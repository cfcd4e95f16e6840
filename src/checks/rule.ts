import type { AppointeeRecord, ExtractedDocument } from '../extract/document.js';
import type { Said } from '../i18n/said.js';
import type { Severity } from '../model.js';

/**
 * What a check reports: the runner adds the code and the severity. `message` is the English text;
 * `said`, the catalogue's data to say it in another language (`...say(id, params)` gives both).
 */
export interface Observation {
  message: string;
  said?: Said | undefined;
  page?: number | undefined;
  row?: number | undefined;
  field?: string | undefined;
}

export type Report = (observation: Observation) => void;

/** What a row check may know of its document before the rows: a roster streams its rows past. */
export type RowContext = Pick<ExtractedDocument, 'kind' | 'decree'>;

/** A check of one row at a time, made afresh for each document (it may remember rows it saw). */
export type RowCheck = (record: AppointeeRecord, report: Report) => void;

/**
 * A finding code with its meaning. A rule with `row` checks rows one at a time (a roster of millions
 * is never held whole); one with `run` checks an extracted document; one with neither is raised by a
 * reader (an input that cannot be read, a note made while reading) or across documents.
 */
export interface Rule<C extends string = string> {
  code: C;
  severity: Severity;
  description: string;
  why: string;
  example: string;
  row?: (doc: RowContext) => RowCheck;
  run?: (doc: ExtractedDocument, report: Report) => void;
}

/** A rule whose code keeps its literal type, so the registry can derive `FindingCode` from it. */
export function defineRule<const C extends string>(rule: Rule<C>): Rule<C> {
  return rule;
}

/** Where an appointee came from, for a finding about it. */
export function at(appointee: { row: number; page?: number | undefined }, field?: string): Observation {
  return { message: '', row: appointee.row, page: appointee.page, field };
}

/** `NIP. 1,97005E+17` -> `1,97005E+17`: messages name the value, and say NIP themselves. */
export function withoutLabel(value: string): string {
  return value.replace(/^\s*(NIP|NIK|NI PPPK)\b\.?\s*:?\s*/i, '');
}
