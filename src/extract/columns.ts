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

// Order matters: the first rule that matches names the field ("nama jabatan" is a post, not a name).
const RULES: Array<[RegExp, Field | null]> = [
  [/^(no|nomor|no urut|nmr|nomor urut)$/, 'no'],
  [/^tmt\b|tanggal|tgl|tempat lahir|lahir|umur|usia|jenis kelamin|pendidikan|agama/, null],
  [/^(nomor|no) (sk|keputusan)|^sk number/, 'skNumber'],
  [/^nama.*\bnip\b|^nip.*\bnama\b/, 'nameNip'],
  [/jabatan (lama|semula|asal|sebelumnya)|old position|previous position|^jabatan lama/, 'positionOld'],
  [/unit kerja|^unit\b|\bopd\b|perangkat daerah|satuan kerja|^satker|^instansi|^skpd/, 'unit'],
  [/^(nama )?jabatan|new position|^position|diangkat/, 'positionNew'],
  [/^(nama|name|full name)\b/, 'name'],
  [/\bnip\b|\bni pppk\b|\bnipppk\b|employee id/, 'nip'],
  [/pangkat.*gol|gol.*pangkat|rank.*grade/, 'rankGrade'],
  [/^pangkat|^rank/, 'rank'],
  [/^gol|golongan|^grade/, 'grade'],
  [/eselon|echelon|^esl\b/, 'echelon'],
  [/^ket|keterangan|catatan|^notes?$/, 'notes'],
];

export function fieldOfHeader(cell: string): Field | null {
  const key = headerKey(cell);
  if (!key) return null;
  for (const [pattern, field] of RULES) if (pattern.test(key)) return field;
  return null;
}

const PERSON_FIELDS: Field[] = ['name', 'nip', 'nameNip'];

/**
 * Maps a header row to fields, or null when the row is not a roster header: it must name a person
 * (name or NIP) and at least one other recognised column.
 */
export function matchHeader(cells: readonly string[]): ColumnMap | null {
  const map: ColumnMap = {};
  cells.forEach((cell, index) => {
    const field = fieldOfHeader(cell);
    if (!field) return;
    const prefersThis = field === 'unit' && /baru/.test(headerKey(cell));
    if (map[field] === undefined || prefersThis) map[field] = index;
  });
  const fields = Object.keys(map) as Field[];
  if (!fields.some((field) => PERSON_FIELDS.includes(field))) return null;
  return fields.filter((field) => field !== 'no').length >= 2 ? map : null;
}

const SUB_HEADER = /^(lama|baru|semula|gol|ruang|gol ruang|pangkat|nama|nip|tmt|eselon)$/;

/**
 * A spanned header (`JABATAN` over `LAMA` / `BARU`) arrives as two rows. Joins each sub-cell to the
 * spanning cell above it (or to its left), or returns null when `below` is not such a sub-header.
 */
export function joinSpannedHeader(top: readonly string[], below: readonly string[]): string[] | null {
  const subs = below.filter((cell) => cell.trim() !== '');
  if (subs.length === 0 || !subs.every((cell) => SUB_HEADER.test(headerKey(cell)))) return null;
  const joined: string[] = [];
  let span = '';
  for (let i = 0; i < Math.max(top.length, below.length); i++) {
    const above = (top[i] ?? '').trim();
    if (above) span = above;
    const sub = (below[i] ?? '').trim();
    joined.push(sub ? `${above || span} ${sub}` : above);
  }
  return joined;
}

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
export function cellPicker(map: ColumnMap): (cells: readonly string[]) => RowCells {
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
