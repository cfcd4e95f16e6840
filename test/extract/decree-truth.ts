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
