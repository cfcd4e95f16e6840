import { type Echelon, inferLevelFromPosition, levelFromText, parseEchelon } from '../domain/echelon.js';
import { parseRankGrade, type RankGrade } from '../domain/grade.js';
import type { Level } from '../domain/level.js';
import { memo } from '../domain/memo.js';
import { parseName } from '../domain/name.js';
import { type NipOrigin, type NipParse, parseNip } from '../domain/nip.js';
import type { Appointee } from '../model.js';
import type { RowCells } from './columns.js';
import type { AppointeeRecord, LevelSource } from './document.js';

const rankGradeOf = memo(parseRankGrade);
const echelonOf = memo(parseEchelon);
const levelOfPosition = memo(inferLevelFromPosition);

/** Text that is already one line: single spaces between words, none at the ends. */
const ONE_LINE = /^\S+(?: \S+)*$/;

/**
 * Collapses line breaks and runs of spaces: wrapped cells read as one line. A line that ends in a
 * hyphen continues a compound (`Perundang-` / `undangan`), so no space goes in there.
 */
export function oneLine(text: string | undefined): string | null {
  if (text === undefined || text === '') return null;
  if (ONE_LINE.test(text)) return text;
  const line = (text ?? '')
    .replace(/(\p{L})-[ \t]*\r?\n\s*(?=\p{L})/gu, '$1-')
    .replace(/\s+/g, ' ')
    .trim();
  return line === '' ? null : line;
}

const NIP_IN_CELL = /(?:\bNIP\b\.?\s*:?\s*)?(\d[\d .\r\n]{7,}\d|\d[.,]\d+E\+?\d+)/i;

/** `H. AHMAD FAUZI, S.H.\nNIP. 19700512 199503 1 002` -> name and NIP parts. */
function splitNameNip(cell: string): { name: string; nip: string } {
  const match = NIP_IN_CELL.exec(cell);
  if (!match) return { name: cell, nip: '' };
  return { name: cell.slice(0, match.index), nip: match[0] };
}

export interface AppointeeContext {
  /** The level a section row above this one gave (`A. JABATAN ADMINISTRATOR (ESELON III)`). */
  sectionLevel?: Level | undefined;
  page?: number | undefined;
  /** Whether the NIP cell was a spreadsheet number or text; CSV, PDF and Word cannot tell. */
  nipOrigin?: NipOrigin;
}

/** Turns the recognised cells of one row into an appointee, keeping what the checks need. */
export function buildAppointee(
  cells: RowCells,
  row: number,
  context: AppointeeContext = {},
): AppointeeRecord {
  const details: string[] = [];
  const split = cells.nameNip !== undefined ? splitNameNip(withoutDetails(cells.nameNip, details)) : null;
  const nameCell = split
    ? split.name
    : cells.name !== undefined
      ? withoutDetails(cells.name, details)
      : undefined;
  const nameRaw = oneLine(nameCell)?.replace(/[,;\s]+$/, '') || null;
  const nipRaw = oneLine(cells.nip ?? split?.nip);
  const person = nameRaw ? parseName(nameRaw) : null;
  const nip: NipParse | null = nipRaw ? parseNip(nipRaw, context.nipOrigin) : null;
  const usable = usableNip(nip);
  const rankGrade = readRankGrade(gradeCells(cells, details));
  const echelonText = oneLine(cells.echelon);
  const positionNew = oneLine(cells.positionNew);
  const stated: Echelon | null = echelonText ? echelonOf(echelonText) : null;
  // Without an ESELON column, the post's cell may end in its echelon: `... PADA DINAS ... / IV A`.
  const suffix =
    stated || (echelonText && !isPlaceholder(echelonText)) ? null : postSuffixEchelon(positionNew);
  const echelon = stated ?? suffix;
  const level = suffix
    ? { level: suffix.level, source: 'post' as const, jenjang: undefined }
    : decideLevel(echelon, echelonText, context.sectionLevel, positionNew);

  const appointee: Appointee = {
    row,
    name: person?.name || null,
    nameRaw,
    titlesBefore: person?.titlesBefore ?? [],
    titlesAfter: person?.titlesAfter ?? [],
    nip: usable,
    ...(usable === null && nipRaw ? { nipRaw } : {}),
    birthDate: nip?.decoded?.birthDate ?? null,
    sex: nip?.decoded?.sex ?? null,
    tmt: nip?.decoded?.tmt ?? null,
    grade: rankGrade?.grade ?? null,
    rank: rankGrade?.rank ?? null,
    echelon: echelon?.canonical ?? null,
    level: level.level,
    ...(level.source === 'position' ? { levelInferred: true } : {}),
    ...(level.source === 'section' || level.source === 'post' ? { levelFrom: level.source } : {}),
    positionOld: oneLine(cells.positionOld),
    positionNew,
    unit: oneLine(cells.unit),
    ...(details.length > 0 ? { details } : {}),
    ...(context.page !== undefined ? { page: context.page } : {}),
  };
  return {
    appointee,
    cells,
    nip,
    rankGrade,
    echelonText,
    jenjang: level.jenjang ?? null,
    levelSource: level.source,
    ...(suffix && context.sectionLevel && context.sectionLevel !== suffix.level
      ? { overruledLevel: context.sectionLevel }
      : {}),
  };
}

/**
 * A line of a name or grade cell that is neither: birth place and date (`Banjarmasin, 12-05-1970`,
 * `Tempat/Tgl Lahir: ...`), a `TMT 01-04-2020` line, a bare date under the grade.
 */
const DETAIL_LINE =
  /^(?:(?:tempat|tmp\.?)\s*[/,&]?\s*(?:tgl\.?|tanggal)\.?\s*lahir\b.*|(?:tgl\.?|tanggal)\s*lahir\b.*|tmt\b.*|[\p{L} .'-]+,\s*\d{1,2}[-/. ](?:\d{1,2}|\p{L}+)[-/. ]\d{4}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})$/iu;

/** The cell without its detail lines, which go to `details`. */
function withoutDetails(cell: string, details: string[]): string {
  if (!cell.includes('\n') && !DETAIL_LINE.test(cell.trim())) return cell;
  const kept: string[] = [];
  for (const line of cell.split(/\r?\n/)) {
    const text = line.trim();
    if (text !== '' && DETAIL_LINE.test(text) && !/\d{8}/.test(text)) details.push(text.replace(/\s+/g, ' '));
    else kept.push(line);
  }
  return kept.join('\n');
}

function gradeCells(cells: RowCells, details: string[]): RowCells {
  let picked = cells;
  for (const field of ['rankGrade', 'rank', 'grade'] as const) {
    const value = cells[field];
    if (value === undefined) continue;
    const kept = withoutDetails(value, details);
    if (kept !== value) picked = { ...picked, [field]: kept };
  }
  return picked;
}

function usableNip(nip: NipParse | null): string | null {
  if (!nip?.digits || nip.mangled) return null;
  return /^(\d{18}|\d{9})$/.test(nip.digits) ? nip.digits : null;
}

function readRankGrade(cells: RowCells): RankGrade | null {
  if (cells.rankGrade !== undefined) return rankGradeOf(cells.rankGrade);
  if (cells.rank !== undefined && cells.grade !== undefined) {
    return rankGradeOf(`${cells.rank} (${cells.grade})`);
  }
  const single = cells.rank ?? cells.grade;
  return single === undefined ? null : rankGradeOf(single);
}

/** Where an appointee's level came from; an echelon cell that gave none is unrecognised. */
export type { LevelSource } from './document.js';

/** An empty cell, or one holding only a placeholder dash. */
export const isPlaceholder = (text: string) => /^[-–—.\s]*$/.test(text);

/** `/ IV A`, `/ IV.a`, `(Eselon III.b)`, `- Es. III/a` at the very end of a post's cell. */
const POST_SUFFIX = /(?:\/|\(|\s-)\s*((?:eselon|esl?\.?)?\s*(?:I{1,3}|IV|V)(?:[\s./-]?[a-e])?)\s*\)?\s*$/i;

function postSuffixEchelon(position: string | null): Echelon | null {
  const m = position ? POST_SUFFIX.exec(position) : null;
  return m?.[1] ? echelonOf(m[1]) : null;
}

function decideLevel(
  echelon: Echelon | null,
  echelonText: string | null,
  sectionLevel: Level | undefined,
  position: string | null,
): { level: Level; source: LevelSource; jenjang?: string | undefined } {
  const fromPosition = position ? levelOfPosition(position) : null;
  const jenjang = fromPosition?.jenjang;
  if (echelon) return { level: echelon.level, source: 'echelon', jenjang };
  const stated = echelonText ? levelOfEchelonCell(echelonText) : null;
  if (stated) return { level: stated, source: 'echelon-cell', jenjang };
  if (sectionLevel) return { level: sectionLevel, source: 'section', jenjang };
  // A dash in the ESELON column is a post without an echelon: functional when the post names its
  // jenjang, else pelaksana (a move to a non-echelon post).
  if (echelonText && isPlaceholder(echelonText) && !jenjang)
    return { level: 'pelaksana', source: 'echelon-cell' };
  if (fromPosition) return { level: fromPosition.level, source: 'position', jenjang };
  return { level: 'unknown', source: 'none' };
}

/** `Fungsional`, `JF`, `Pelaksana`, `Non Eselon`: words an echelon cell holds for a post without one. */
function levelOfEchelonCell(text: string): Level | null {
  if (/fungsional|^jft?$/i.test(text)) return 'fungsional';
  if (/pelaksana|^jfu$/i.test(text)) return 'pelaksana';
  if (/^non[ -]?eselon$/i.test(text)) return null;
  return levelFromText(text);
}
