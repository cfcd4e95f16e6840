import type { Level } from '../../src/domain/level.js';
import { normalizeSkNumber, parseSkNumber } from '../../src/domain/sk-number.js';
import { buildAppointee } from '../../src/extract/appointee.js';
import type { Doubt, TableRow } from '../../src/extract/attachment.js';
import type { AmountRead } from '../../src/extract/claims.js';
import type { RowCells } from '../../src/extract/columns.js';
import type { DecreeBody } from '../../src/extract/decree-signing.js';
import type { AttachmentBlock } from '../../src/extract/decree-text.js';
import type { AppointeeRecord, ExtractedDocument } from '../../src/extract/document.js';
import type { Claim, Kind } from '../../src/model.js';

/** Eselon III.a, clean for every roster check on a decree dated 2026-02-06. */
export const FAUZI: RowCells = {
  no: '1',
  nameNip: 'H. AHMAD FAUZI, S.H.\nNIP. 19700512 199503 1 002',
  rankGrade: 'Pembina (IV/a)',
  echelon: 'III.a',
  positionNew: 'Kepala Bidang Mutasi',
};

/** Eselon IV.a. */
export const BUDI: RowCells = {
  no: '2',
  nameNip: 'BUDI SANTOSO, S.E.\nNIP. 19800101 200501 1 001',
  rankGrade: 'Penata (III/c)',
  echelon: 'IV.a',
  positionNew: 'Kepala Subbagian Umum dan Kepegawaian',
};

/** Functional, level inferred from the post. */
export const AMINAH: RowCells = {
  no: '3',
  nameNip: 'HJ. SITI AMINAH, S.SOS., M.SI.\nNIP. 19780823 200212 2 004',
  rankGrade: 'Penata Tk. I (III/d)',
  echelon: '-',
  positionNew: 'Analis Kebijakan Ahli Muda',
};

/** A second functional post. */
export const DEWI: RowCells = {
  nameNip: 'DEWI LESTARI, S.PD.\nNIP. 19850314 201001 2 005',
  rankGrade: 'Penata Muda Tk. I (III/b)',
  echelon: '-',
  positionNew: 'Pranata Komputer Ahli Pertama',
};

/** Records as the attachment reader builds them: rows numbered from 1, all on page 3. */
export function recordsOf(rows: readonly RowCells[], page = 3): AppointeeRecord[] {
  return rows.map((cells, i) => buildAppointee(cells, i + 1, { page }));
}

/** III, IV and fungsional: one each. */
export const STAFF = recordsOf([FAUZI, BUDI, AMINAH]);

/** NO cells on page 3; a `[no]` tuple is a row right after a section row (numbering restarts). */
export function rowsOf(nos: ReadonlyArray<string | null | readonly [string]>, page = 3): TableRow[] {
  return nos.map((no) =>
    typeof no === 'object' && no !== null
      ? { page, cells: [], no: no[0], restart: true }
      : { page, cells: [], no, restart: false },
  );
}

const LABELS: Record<Level, string> = {
  I: 'Jabatan Pimpinan Tinggi Madya',
  II: 'Jabatan Pimpinan Tinggi Pratama',
  III: 'Jabatan Administrator',
  IV: 'Jabatan Pengawas',
  V: 'Eselon V',
  fungsional: 'Jabatan Fungsional',
  pelaksana: 'Jabatan Pelaksana',
  unknown: 'pegawai',
};

/** A claim on page 1 (unless `extra` says otherwise); each part is `'<level> <count>'`, e.g. `'III 2'`. */
export function claimOf(total: number, parts: readonly string[] = [], extra: Partial<Claim> = {}): Claim {
  return {
    total,
    parts: parts.map((part) => {
      const [level = '', count = ''] = part.split(' ');
      if (!(level in LABELS) || !/^\d+$/.test(count)) throw new Error(`bad claim part in a test: ${part}`);
      return { label: LABELS[level as Level], level: level as Level, count: Number(count) };
    }),
    text: `sebanyak ${total} orang`,
    page: 1,
    ...extra,
  };
}

/** A legal pair `N (words)` on page 1 unless given. */
export function amountOf(digits: number, words: number | null, wordsText: string, page = 1): AmountRead {
  return { digits, words, wordsText, text: `${digits} (${wordsText})`, page };
}

export interface DecreeSpec {
  kind?: Kind;
  /** The decree's number as printed; `null` for none. */
  number?: string | null;
  date?: string | null;
  /** No decree object at all. */
  noDecree?: boolean;
  claims?: Claim[];
  records?: AppointeeRecord[];
  /** Default: NO 1..n, one per record. */
  rows?: TableRow[];
  /** Fields that differ from the decree's own number and date (page 3); `null` for no block. */
  block?: Partial<AttachmentBlock> | null;
  mentions?: boolean;
  found?: boolean;
  doubts?: Doubt[];
  amounts?: AmountRead[];
  /** The decree body's signing; `null` for none (a lampiran printed alone). Default: dated, no blanks. */
  body?: Partial<DecreeBody> | null;
  /** Default: the governor's name. */
  signatory?: string | null;
  /** Default: none. */
  subject?: string | null;
  /** No `decreeParts` at all, as for a roster. */
  noParts?: boolean;
}

const NUMBER = '800.1.3.3/Kep.411/BKPSDM/2026';
const DATE = '2026-02-06';

/** A clean extracted PDF decree (no finding from any check), changed as `spec` says. */
export function decreeDoc(spec: DecreeSpec = {}): ExtractedDocument {
  const raw = spec.number === undefined ? NUMBER : spec.number;
  const date = spec.date === undefined ? DATE : spec.date;
  const number = raw === null ? null : normalizeSkNumber(raw);
  const records = spec.records ?? STAFF;
  const doc: ExtractedDocument = {
    source: 'decree.pdf',
    kind: spec.kind ?? 'pdf',
    decree: spec.noDecree
      ? null
      : {
          number,
          numberRaw: raw,
          date,
          place: 'Banjarmasin',
          issuer: null,
          subject: spec.subject ?? null,
          signatory: spec.signatory === undefined ? 'H. SAHBIRIN NOOR' : spec.signatory,
        },
    skNumber: raw === null ? null : parseSkNumber(raw),
    claims: spec.claims ?? [claimOf(records.length)],
    records,
    notes: [],
  };
  if (spec.noParts) return doc;
  doc.decreeParts = {
    attachmentBlock:
      spec.block === null ? null : { number, numberRaw: raw, date, page: 3, ...(spec.block ?? {}) },
    body:
      spec.body === null
        ? null
        : { page: 2, dated: true, blankDay: false, placeholders: [], ...(spec.body ?? {}) },
    mentionsAttachment: spec.mentions ?? true,
    attachment: {
      records,
      rows: spec.rows ?? rowsOf(records.map((_, i) => String(i + 1))),
      doubts: spec.doubts ?? [],
      found: spec.found ?? true,
      groups: [],
      trace: [],
    },
    amounts: spec.amounts ?? [amountOf(3, 3, 'tiga')],
  };
  return doc;
}

/** A claim whose parts name their lampiran, in order (`'III 1'` of Lampiran `I`, ...). */
export function perLampiran(total: number, parts: readonly (readonly [string, string])[]): Claim {
  const claim = claimOf(
    total,
    parts.map(([part]) => part),
  );
  return {
    ...claim,
    parts: claim.parts.map((part, i) => ({ ...part, attachment: parts[i]?.[1] as string })),
  };
}
