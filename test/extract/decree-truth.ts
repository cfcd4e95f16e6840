import { expect } from 'vitest';

/**
 * What decree tests compare with a generator's truth (`<name>.truth.json`): an appointee seen through
 * the fields a truth file holds, cell text on one line, and a claim as `total = parts`.
 */
export interface ViewedAppointee {
  row: number;
  page?: number | undefined;
  nameRaw: string | null;
  nip: string | null;
  grade: string | null;
  echelon: string | null;
  level: string;
  positionOld: string | null;
  positionNew: string | null;
}

export const oneLine = (text: string | null) => (text === null ? null : text.replace(/\s+/g, ' ').trim());

export const viewAppointee = (a: ViewedAppointee) => ({
  row: a.row,
  page: a.page,
  nameRaw: oneLine(a.nameRaw),
  nip: a.nip,
  grade: a.grade,
  echelon: a.echelon,
  level: a.level,
  positionOld: oneLine(a.positionOld),
  positionNew: oneLine(a.positionNew),
});

export const claimShape = (claim: { total: number; parts: Array<{ level: string; count: number }> }) =>
  `${claim.total} = ${claim.parts.map((part) => `${part.count} ${part.level}`).join(' + ')}`;

/** One appointee as a generator's truth file writes it. */
export interface TruthAppointee extends ViewedAppointee {
  page: number;
  nameRaw: string;
  unit?: string | null;
}

/**
 * Every fault the generator planted is found (by code, and by row where the truth names one), and
 * no finding of another code: info findings (ocr-used and the like) aside.
 */
export function expectPlantedFaults(
  findings: ReadonlyArray<{ code: string; severity: string; row?: number | undefined }>,
  planted: ReadonlyArray<{ code: string; row?: number | undefined }>,
): void {
  const found = findings.filter((f) => f.severity !== 'info');
  for (const fault of planted) {
    const match = found.some(
      (f) => f.code === fault.code && (fault.row === undefined || f.row === fault.row),
    );
    expect(match, `${fault.code}@${fault.row ?? '-'} in ${JSON.stringify(found)}`).toBe(true);
  }
  const plantedCodes = new Set(planted.map((p) => p.code));
  expect(found.filter((f) => !plantedCodes.has(f.code))).toEqual([]);
}
