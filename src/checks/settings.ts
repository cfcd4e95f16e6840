import { AsyncLocalStorage } from 'node:async_hooks';
import { type AgeLimits, DEFAULT_AGE_LIMITS } from '../domain/nip.js';
import { RETIREMENT_AGES, type RetirementRule } from '../domain/retirement.js';
import { type ColumnHint, withColumnHints } from '../extract/column-hints.js';
import type { FindingCode } from '../finding-codes.js';
import type { Severity } from '../model.js';

/** What an office may set a rule to: a severity of its own, or `off` (the rule is not reported). */
export type RuleLevel = 'off' | Severity;

/** The ages the rules hold appointments to, in a personnel clerk's terms. */
export interface Thresholds {
  /** Batas usia pensiun (BUP) of each kind of post. */
  retirementAge: Record<RetirementRule, number>;
  /** Age limits at first appointment (CPNS), and the honorary-staff window. */
  firstAppointment: AgeLimits;
}

/** An office's settings for the checks: each rule's level, and the thresholds. */
export interface Settings {
  rules?: Partial<Record<FindingCode, RuleLevel>> | undefined;
  thresholds?:
    | {
        retirementAge?: Partial<Record<RetirementRule, number>> | undefined;
        firstAppointment?: Partial<AgeLimits> | undefined;
      }
    | undefined;
  /** Corrections of the table reader: header labels and the fields they name. */
  columns?: readonly ColumnHint[] | undefined;
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  retirementAge: { ...RETIREMENT_AGES },
  firstAppointment: { ...DEFAULT_AGE_LIMITS },
};

/**
 * The settings of the run under way. The checks, the readers' notes and the cross-document checks
 * all read them from here, so that one run's settings need not be handed down every call (and two
 * runs at once in one process, each with its own, do not see each other's).
 */
const current = new AsyncLocalStorage<Settings>();

/** Runs `work` with `settings` as the checks' settings (none: the defaults). */
export function withSettings<T>(settings: Settings | undefined, work: () => T): T {
  return settings ? current.run(settings, () => withColumnHints(settings.columns, work)) : work();
}

/** A rule's level in the run under way: the settings' own, else the rule's severity. */
export function levelOf(rule: { code: string; severity: Severity }): RuleLevel {
  return current.getStore()?.rules?.[rule.code as FindingCode] ?? rule.severity;
}

/** A rule's severity in the run under way (a rule turned off keeps its own: its findings are dropped). */
export function severityOf(rule: { code: string; severity: Severity }): Severity {
  const level = levelOf(rule);
  return level === 'off' ? rule.severity : level;
}

export function isOff(code: string): boolean {
  return current.getStore()?.rules?.[code as FindingCode] === 'off';
}

/** The thresholds of the run under way, the defaults where the settings say nothing. */
export function thresholds(): Thresholds {
  const given = current.getStore()?.thresholds;
  if (!given) return DEFAULT_THRESHOLDS;
  return {
    retirementAge: { ...DEFAULT_THRESHOLDS.retirementAge, ...given.retirementAge },
    firstAppointment: { ...DEFAULT_THRESHOLDS.firstAppointment, ...given.firstAppointment },
  };
}
