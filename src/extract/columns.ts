import { AsyncLocalStorage } from 'node:async_hooks';
import type { Level } from '../domain/level.js';
import { bandOf } from './level-label.js';

/** The fields sk-check recognises in a roster or attachment header. */
export const FIELDS = [
  'no',
  'name',
  'nip',
  'nameNip',
  'grade',
  'rank',
  'rankGrade',
  'echelon',
  'positionOld',
  'positionNew',
  'unit',
  'skNumber',
  'notes',
] as const;
export type Field = (typeof FIELDS)[number];

/** Column index per field. */
export type ColumnMap = Partial<Record<Field, number>>;

/** The raw text of each recognised cell of one row. */
export type RowCells = Partial<Record<Field, string>>;

/** Lowercase, punctuation to spaces: `Pangkat/Gol. Ruang` -> `pangkat gol ruang`. */
export function headerKey(cell: string): string {
  return cell
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * One spelling of a header cell: the leading words a cell starts with (as `headerKey` gives them) and
 * the field they name, or null for a column we know and skip. A cell may carry more words after them
 * (`NAMA / NIP / TEMPAT, TGL LAHIR`): the longest alias the cell starts with decides, so no order.
 */
export interface HeaderAlias {
  words: string;
  field: Field | null;
  /** Only the whole cell: `NO` is the row number, `NO HP` is not. */
  whole?: boolean;
  /** A later word that turns this alias into another field: `NAMA / TTL / NIP` holds the NIP too. */
  mentions?: { word: string; field: Field };
}

/** Every header spelling sk-check knows, for the CSV/XLSX rosters and the PDF attachment alike. */
export const HEADER_ALIASES: readonly HeaderAlias[] = [
  { words: 'no', field: 'no', whole: true },
  { words: 'nomor', field: 'no', whole: true },
  { words: 'nmr', field: 'no', whole: true },
  { words: 'no urut', field: 'no' },
  { words: 'nomor urut', field: 'no' },
  { words: 'no sk', field: 'skNumber' },
  { words: 'nomor sk', field: 'skNumber' },
  { words: 'no keputusan', field: 'skNumber' },
  { words: 'nomor keputusan', field: 'skNumber' },
  { words: 'nomor surat keputusan', field: 'skNumber' },
  { words: 'sk number', field: 'skNumber' },
  { words: 'nama', field: 'name', mentions: { word: 'nip', field: 'nameNip' } },
  { words: 'name', field: 'name', mentions: { word: 'nip', field: 'nameNip' } },
  { words: 'full name', field: 'name' },
  { words: 'nama nip', field: 'nameNip' },
  { words: 'nama dan nip', field: 'nameNip' },
  { words: 'nip nama', field: 'nameNip' },
  { words: 'nip', field: 'nip', mentions: { word: 'nama', field: 'nameNip' } },
  { words: 'no nip', field: 'nip' },
  { words: 'nomor nip', field: 'nip' },
  { words: 'nrp nip', field: 'nip' },
  { words: 'nomor induk pegawai', field: 'nip' },
  // PPPK staff have an NI PPPK instead of a NIP, in the same column.
  { words: 'ni pppk', field: 'nip' },
  { words: 'nipppk', field: 'nip' },
  { words: 'employee id', field: 'nip' },
  { words: 'pangkat', field: 'rank' },
  { words: 'pkt', field: 'rank' },
  { words: 'rank', field: 'rank' },
  { words: 'pangkat gol', field: 'rankGrade' },
  { words: 'pangkat golongan', field: 'rankGrade' },
  { words: 'pangkat dan golongan', field: 'rankGrade' },
  { words: 'pangkat dan gol', field: 'rankGrade' },
  { words: 'pkt gol', field: 'rankGrade' },
  { words: 'gol pangkat', field: 'rankGrade' },
  { words: 'golongan pangkat', field: 'rankGrade' },
  { words: 'rank grade', field: 'rankGrade' },
  { words: 'gol', field: 'grade' },
  { words: 'golongan', field: 'grade' },
  // BKN's data exports spell golongan/ruang as one word.
  { words: 'golru', field: 'grade' },
  { words: 'grade', field: 'grade' },
  { words: 'eselon', field: 'echelon' },
  // Narrow columns abbreviate: `ESE`, `ESL.`.
  { words: 'ese', field: 'echelon' },
  { words: 'esl', field: 'echelon' },
  { words: 'echelon', field: 'echelon' },
  { words: 'jenjang eselon', field: 'echelon' },
  { words: 'tingkat eselon', field: 'echelon' },
  // `JABATAN` alone, `JABATAN YANG DIANGKAT`: the post a decree appoints to.
  { words: 'jabatan', field: 'positionNew' },
  { words: 'nama jabatan', field: 'positionNew' },
  { words: 'diangkat', field: 'positionNew' },
  { words: 'new position', field: 'positionNew' },
  { words: 'position', field: 'positionNew' },
  { words: 'jabatan lama', field: 'positionOld' },
  { words: 'jabatan semula', field: 'positionOld' },
  { words: 'jabatan asal', field: 'positionOld' },
  { words: 'jabatan sebelumnya', field: 'positionOld' },
  { words: 'nama jabatan lama', field: 'positionOld' },
  { words: 'nama jabatan semula', field: 'positionOld' },
  { words: 'old position', field: 'positionOld' },
  { words: 'previous position', field: 'positionOld' },
  // sk-check's own columns (extract --format csv or xlsx), so its output reads back as a roster.
  { words: 'position old', field: 'positionOld' },
  { words: 'position new', field: 'positionNew' },
  { words: 'unit', field: 'unit' },
  { words: 'unit kerja', field: 'unit' },
  { words: 'opd', field: 'unit' },
  { words: 'skpd', field: 'unit' },
  { words: 'perangkat daerah', field: 'unit' },
  { words: 'satuan kerja', field: 'unit' },
  { words: 'satker', field: 'unit' },
  { words: 'instansi', field: 'unit' },
  // `NAMA OPD` names an office, not a person.
  { words: 'nama opd', field: 'unit' },
  { words: 'nama skpd', field: 'unit' },
  { words: 'nama unit kerja', field: 'unit' },
  { words: 'nama instansi', field: 'unit' },
  { words: 'nama perangkat daerah', field: 'unit' },
  { words: 'ket', field: 'notes' },
  { words: 'keterangan', field: 'notes' },
  { words: 'catatan', field: 'notes' },
  { words: 'note', field: 'notes' },
  { words: 'notes', field: 'notes' },
  // Columns some lampiran add that sk-check does not read: birth, TMT, education and the like.
  { words: 'tempat', field: null },
  { words: 'ttl', field: null },
  { words: 'tgl', field: null },
  { words: 'tanggal', field: null },
  { words: 'lahir', field: null },
  { words: 'tmt', field: null },
  { words: 'umur', field: null },
  { words: 'usia', field: null },
  { words: 'jenis kelamin', field: null },
  { words: 'pendidikan', field: null },
  { words: 'agama', field: null },
  { words: 'masa kerja', field: null },
];

const ALIASES = new Map(HEADER_ALIASES.map((alias) => [alias.words, alias]));
const LONGEST_ALIAS = Math.max(...HEADER_ALIASES.map((alias) => alias.words.split(' ').length));

/** The alias a header cell starts with, longest first, or null when it starts with none. */
function aliasOfHeader(cell: string): HeaderAlias | null {
  const words = headerKey(cell).split(' ');
  for (let n = Math.min(words.length, LONGEST_ALIAS); n > 0; n--) {
    const alias = ALIASES.get(words.slice(0, n).join(' '));
    if (alias && (!alias.whole || n === words.length)) return alias;
  }
  return null;
}

export function fieldOfHeader(cell: string): Field | null {
  const alias = aliasOfHeader(cell);
  if (!alias) return null;
  const { mentions } = alias;
  if (mentions && headerKey(cell).split(' ').slice(1).includes(mentions.word)) return mentions.field;
  return alias.field;
}

const PERSON_FIELDS: Field[] = ['name', 'nip', 'nameNip'];

/**
 * A column's header as the labels over it, top down: `['JABATAN ESELON', 'LAMA']` for a column under
 * a label spanning two, `['NAMA / NIP']` for a flat one.
 */
export type HeaderPath = readonly string[];

/** Sub-labels that mean nothing without their parent: `LAMA` alone, `NOMOR` under `PERTIMBANGAN`. */
const SUB_ONLY = /^(lama|baru|semula|asal|sebelumnya|nomor|no|tanggal|tgl)$/;
const OLD_SUB = /^(lama|semula|asal|sebelumnya)$/;
const POSITIONS: ReadonlySet<Field> = new Set(['positionNew', 'positionOld']);

/**
 * The field of a column from its whole header path. A parent spanning sub-labels decides the family
 * (`JABATAN ESELON` a post, `PERTIMBANGAN BAPERJAKAT` nothing of ours); the sub-label picks within
 * it (`LAMA` the old post). A sub-label is never read without a parent that names a field.
 */
export function fieldOfPath(path: HeaderPath): Field | null {
  // An office's hint for this whole header, when it gave one, before any guess of ours; a hint of one
  // label (`BARU=positionNew`) fills only a header we cannot read, never `ESELON > BARU` we can.
  const hinted = hintedField(path, 'whole');
  if (hinted !== undefined) return hinted;
  const guessed = guessedField(path);
  if (guessed !== null) return guessed;
  const byLabel = hintedField(path, 'last');
  return byLabel === undefined ? null : byLabel;
}

/** The field of a header path as sk-check reads it, without hints. */
function guessedField(path: HeaderPath): Field | null {
  // A band names the level of the rows, not a column: `ESELON IV` over `JABATAN BARU`.
  const labels = path.filter((label) => headerKey(label) !== '' && bandOf(label) === null);
  const sub = labels.at(-1);
  if (sub === undefined) return null;
  if (labels.length === 1) return fieldOfHeader(sub);
  const parentText = labels.slice(0, -1).join(' ');
  const parentAlias = aliasOfHeader(parentText);
  const parent = fieldOfHeader(parentText);
  const key = headerKey(sub);
  if (parent !== null && POSITIONS.has(parent)) {
    if (OLD_SUB.test(key)) return 'positionOld';
    if (SUB_ONLY.test(key)) return 'positionNew';
    // `JABATAN` over `NAMA JABATAN` | `ESELON` | `TMT`: a sub-label naming another column is that column.
    if (aliasOfHeader(sub) === null) return parent;
    const own = fieldOfHeader(sub);
    return own !== null && POSITIONS.has(own) ? parent : own;
  }
  if (SUB_ONLY.test(key)) {
    // `UNIT KERJA` over `LAMA` | `BARU`: the new one is the decree's.
    if (parent === null || OLD_SUB.test(key)) return null;
    return key === 'baru' ? parent : null;
  }
  // `NAMA` over `NIP` in one column (a cell's two lines read as two levels, as OCR does when it
  // loses the `/` of `NAMA / NIP`): the column holds both.
  if (parent === 'name' && key === 'nip') return 'nameNip';
  // A parent we know but do not read (`TEMPAT TGL LAHIR`) keeps its columns out; an unknown group
  // label (`DATA PEGAWAI` over `NAMA` | `NIP`) leaves the sub-labels their own meaning.
  if (parentAlias !== null && parent === null) return null;
  return fieldOfHeader(sub) ?? parent;
}

/**
 * Maps a header row to fields, or null when the row is not a roster header: it must name a person
 * (name or NIP) and at least one other recognised column.
 */
export function matchHeader(cells: readonly string[]): ColumnMap | null {
  return matchHeaderPaths(cells.map((cell) => [cell]));
}

/** `matchHeader` for a header of spanning labels: each column's field from its whole path. */
export function matchHeaderPaths(paths: readonly HeaderPath[]): ColumnMap | null {
  const map: ColumnMap = {};
  paths.forEach((path, index) => {
    const field = fieldOfPath(path);
    if (!field) return;
    const prefersThis = field === 'unit' && /baru/.test(headerKey(path.join(' ')));
    if (map[field] === undefined || prefersThis) map[field] = index;
  });
  const fields = Object.keys(map) as Field[];
  if (!fields.some((field) => PERSON_FIELDS.includes(field))) return null;
  return fields.filter((field) => field !== 'no').length >= 2 ? map : null;
}

const SUB_HEADER = /^(lama|baru|semula|gol|ruang|gol ruang|pangkat|nama|nip|tmt|eselon|nomor|tanggal|tgl)$/;

/**
 * A spanned header (`JABATAN` over `LAMA` / `BARU`) arrives as two rows. Gives each column its path:
 * the spanning cell above it (or to its left) and its sub-cell, or null when `below` is not such a
 * sub-header.
 */
export function spannedHeaderPaths(top: readonly string[], below: readonly string[]): string[][] | null {
  // Under a band (`ADMINISTRATOR/ESELON - III` over the post column) stands a whole label.
  const sub = (cell: string, i: number) =>
    SUB_HEADER.test(headerKey(cell)) || (bandOf(top[i] ?? '') !== null && fieldOfHeader(cell) !== null);
  const filled = below.map((cell, i) => [cell, i] as const).filter(([cell]) => cell.trim() !== '');
  if (filled.length === 0 || !filled.every(([cell, i]) => sub(cell, i))) return null;
  const paths: string[][] = [];
  let span = '';
  for (let i = 0; i < Math.max(top.length, below.length); i++) {
    const above = (top[i] ?? '').trim();
    if (above) span = above;
    const sub = (below[i] ?? '').trim();
    paths.push(sub ? [above || span, sub] : [above]);
  }
  return paths;
}

/** A header path as one cell's text, for a picture or a message: `JABATAN ESELON > LAMA`. */
export const pathText = (path: HeaderPath) => path.filter((label) => label.trim() !== '').join(' > ');

/** A row of column numbers under the header: `1 2 3 ...` or `(1) (2) (3) ...`. */
export function isNumberingRow(cells: readonly string[]): boolean {
  // Most rows start with a name or a number other than 1: decide those without trimming every cell.
  const first = cells.find((cell) => cell.trim() !== '')?.trim();
  if (first !== '1' && first !== '(1)') return false;
  const filled = cells.map((cell) => cell.trim()).filter((cell) => cell !== '');
  if (filled.length < 3) return false;
  return filled.every((cell, i) => cell.replace(/^\((\d+)\)$/, '$1') === String(i + 1));
}

/** Picks the recognised cells of a row. */
export function rowCells(cells: readonly string[], map: ColumnMap): RowCells {
  return cellPicker(map)(cells);
}

const PICKERS = new WeakMap<ColumnMap, (cells: readonly string[]) => RowCells>();

/** `rowCells` for one header, made once: a roster asks it of every row. */
function cellPicker(map: ColumnMap): (cells: readonly string[]) => RowCells {
  let picker = PICKERS.get(map);
  if (!picker) {
    const entries = Object.entries(map) as Array<[Field, number]>;
    picker = (cells) => {
      const row: RowCells = {};
      for (const [field, index] of entries) {
        const value = cells[index];
        if (value !== undefined && value.trim() !== '') row[field] = value;
      }
      return row;
    };
    PICKERS.set(map, picker);
  }
  return picker;
}

/**
 * An office's correction of the table reader: header labels (or label paths, `JABATAN ESELON > BARU`)
 * and the field each names (`none`: a column to leave unread), for the decrees it matches.
 */
export interface ColumnHint {
  /** Which decrees: an SK number that starts so, or an issuer whose name holds this text. None: every document. */
  match?: { skPrefix?: string | undefined; issuer?: string | undefined } | undefined;
  headers?: Record<string, Field | 'none'> | undefined;
  /** Band labels (a title row over rows of one level) and the level each names; `none`: no band. */
  bands?: Record<string, Level | 'none'> | undefined;
}

/** The hints of a run, and the labels any document's header matched (for `debug-table`). */
export interface RunHints {
  hints: readonly ColumnHint[];
  applied: Map<string, string>;
}

/** The hints that hold for the document being read: each label's key, and those that matched. */
export interface DocumentHints {
  run: RunHints;
  fields: Map<string, { label: string; field: Field | 'none' }>;
  used: Set<string>;
}

/** A label path's key: each label as `headerKey` gives it, joined by ` > `. */
export const hintPathKey = (labels: readonly string[]) =>
  labels
    .map(headerKey)
    .filter((key) => key !== '')
    .join(' > ');

/** The column hints of the document being read (`column-hints.ts` sets them). */
export const documentHints = new AsyncLocalStorage<DocumentHints>();

/**
 * The field a hint gives a header path, by the whole path or (a hint of one label) by its last label;
 * null for `none`; undefined when no hint speaks of it.
 */
export function hintedField(path: HeaderPath, by: 'whole' | 'last'): Field | null | undefined {
  const hints = documentHints.getStore();
  if (!hints) return undefined;
  const labels = path.filter((label) => headerKey(label) !== '');
  const found = hints.fields.get(hintPathKey(by === 'whole' ? labels : labels.slice(-1)));
  if (!found) return undefined;
  hints.used.add(hintPathKey(found.label.split('>')));
  hints.run.applied.set(found.label, found.field);
  return found.field === 'none' ? null : found.field;
}
