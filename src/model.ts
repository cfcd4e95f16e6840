import { z } from 'zod';
import { LEVELS } from './domain/level.js';
import { KINDS } from './kinds.js';
import { SCHEMA_VERSION } from './schema-version.js';

export { SCHEMA_VERSION };

export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

export const LevelSchema = z.enum(LEVELS);

const isoDate = z.iso.date();

/** One thing sk-check found in a document. `page`, `row` are 1-based. */
export const FindingSchema = z.object({
  code: z.string(),
  severity: SeveritySchema,
  message: z.string(),
  page: z.number().int().positive().optional(),
  row: z.number().int().positive().optional(),
  field: z.string().optional(),
  /** A row finding's appointee, by name without titles, as the row gives it: who the clerk looks for. */
  person: z.string().optional(),
  /**
   * A CSV roster's row finding: the line the row starts on as a spreadsheet numbers it, title, header
   * and blank lines counted (the file's line too, unless a cell above holds a line break).
   */
  line: z.number().int().positive().optional(),
  /** The spreadsheet cell of a workbook finding, as Excel names it: `Sheet1!C17`. */
  cell: z.string().optional(),
  /** The other inputs a finding compares this one with: a cross-document check's, or an audit's. */
  sources: z.array(z.string()).optional(),
  /** A decree given in several files: the file this finding's row or page is in (absent: the body's). */
  file: z.string().optional(),
});
export type Finding = z.infer<typeof FindingSchema>;

/** The decree a document is, or is about. */
export const DecreeSchema = z.object({
  number: z.string().nullable(),
  numberRaw: z.string().nullable(),
  date: isoDate.nullable(),
  place: z.string().nullable(),
  issuer: z.string().nullable(),
  subject: z.string().nullable(),
  signatory: z.string().nullable(),
});
export type Decree = z.infer<typeof DecreeSchema>;

export const ClaimPartSchema = z.object({
  label: z.string(),
  level: LevelSchema,
  count: z.number().int().nonnegative(),
  /**
   * The lampiran this part's people are listed in, as its Roman numeral (`II`), where the dictum
   * names one (`sebagaimana tercantum dalam Lampiran II`, `Lampiran 2`): counted against that
   * lampiran's rows alone.
   */
  attachment: z.string().optional(),
});
export type ClaimPart = z.infer<typeof ClaimPartSchema>;

/** A count a press text states that is not the claim: proposed, pending, vacant, an earlier round, posts, other. */
export const SetAsideCountSchema = z.object({
  count: z.number().int().nonnegative(),
  role: z.enum(['proposed', 'pending', 'vacant', 'previous', 'posts', 'other']),
  /** The words that gave the role (`menunggu`, `lowong`, `pelantikan sebelumnya`). */
  cue: z.string(),
  text: z.string(),
});
export type SetAsideCount = z.infer<typeof SetAsideCountSchema>;

/** A total with its parts, as a decree dictum, a press text or a roster states it. */
export const ClaimSchema = z.object({
  total: z.number().int().nonnegative(),
  qualifier: z.enum(['approximately', 'at-least', 'more-than', 'at-most']).optional(),
  parts: z.array(ClaimPartSchema),
  /** The sentence(s) the claim was taken from. */
  text: z.string(),
  page: z.number().int().positive().optional(),
  /**
   * The one lampiran the claim's sentence names, as its Roman numeral (`I`), when no part names
   * one (`KESATU: ... sebanyak 29 orang sebagaimana tercantum dalam Lampiran I`): its total and
   * levels are counted against that lampiran's rows alone.
   */
  attachment: z.string().optional(),
  /** Press texts: why these sentences were taken (the words that say people were appointed, where the parts came from). */
  reason: z.string().optional(),
  /** Press texts: the other counts of the text, kept out of the claim, each with why. */
  setAside: z.array(SetAsideCountSchema).optional(),
});
export type Claim = z.infer<typeof ClaimSchema>;

/** One person appointed, normalized. Identifiers are strings. */
export const AppointeeSchema = z.object({
  row: z.number().int().positive(),
  name: z.string().nullable(),
  nameRaw: z.string().nullable(),
  titlesBefore: z.array(z.string()),
  titlesAfter: z.array(z.string()),
  nip: z
    .string()
    .regex(/^(\d{18}|\d{9})$/)
    .nullable(),
  /** The NIP cell as written when it gave no usable `nip` (`1,97010E+17`, a typo): kept so it is not lost. */
  nipRaw: z.string().optional(),
  birthDate: isoDate.nullable(),
  sex: z.enum(['M', 'F']).nullable(),
  tmt: z.string().nullable(),
  grade: z.string().nullable(),
  rank: z.string().nullable(),
  echelon: z.string().nullable(),
  level: LevelSchema,
  levelInferred: z.boolean().optional(),
  /** Set when the level came from neither an ESELON cell nor the post's name: a section or label row, or the end of the post's cell (`/ IV A`). */
  levelFrom: z.enum(['section', 'post']).optional(),
  positionOld: z.string().nullable(),
  positionNew: z.string().nullable(),
  unit: z.string().nullable(),
  /** Lines beside the name or grade that are neither: birth place and date, `TMT ...`. */
  details: z.array(z.string()).optional(),
  page: z.number().int().positive().optional(),
  /**
   * The numbered lampiran this row is listed in, as its Roman numeral (`II`), where its heading
   * numbers it (`LAMPIRAN II KEPUTUSAN ...`).
   */
  attachment: z.string().optional(),
  /** A decree given in several files: the lampiran file this row was read from (its `page` is that file's). */
  file: z.string().optional(),
});
export type Appointee = z.infer<typeof AppointeeSchema>;

export const CountsSchema = z.object({
  total: z.number().int().nonnegative(),
  byLevel: z.partialRecord(LevelSchema, z.number().int().nonnegative()),
});
export type Counts = z.infer<typeof CountsSchema>;

export const KindSchema = z.enum(KINDS);
export { isDecreeKind, KINDS, type Kind, PAGE_KINDS } from './kinds.js';

/**
 * What sk-check could say of a document: `verified` (every claim compared with rows read with
 * confidence, and they agree; a roster: every row checked), `invalid` (an error finding),
 * `unverified` (no defect found, but something could not be checked: `unverified` says what),
 * `not-a-decree` (some other document: not a defect), `unreadable`.
 */
export const StatusSchema = z.enum(['verified', 'invalid', 'unverified', 'not-a-decree', 'unreadable']);
export type Status = z.infer<typeof StatusSchema>;

/** Why a document could not be verified. */
export const UnverifiedReasonSchema = z.enum([
  'no-claim',
  'no-rows',
  'attachment-missing',
  'attachment-uncertain',
  'level-unknown',
  'pages-without-text',
]);
export type UnverifiedReason = z.infer<typeof UnverifiedReasonSchema>;

/** One thing that could not be checked, with what to do about it (`message`, English unless `--lang`). */
export const UnverifiedSchema = z.object({
  reason: UnverifiedReasonSchema,
  message: z.string(),
  /** Pages it concerns (pages without usable text). */
  pages: z.array(z.number().int().positive()).optional(),
  /** Rows it concerns (rows without a level), or how many. */
  count: z.number().int().nonnegative().optional(),
  /** The SK number of the lampiran to look for (a body whose lampiran is not among the inputs). */
  number: z.string().optional(),
  /** The numbered lampiran a claim names that were not among the inputs (`IV`): pass their files. */
  attachments: z.array(z.string()).optional(),
  /** Another copy of this decree among the inputs (a draft and its signed copy), which its lampiran joined. */
  copyOf: z.string().optional(),
});
export type Unverified = z.infer<typeof UnverifiedSchema>;

/** What was compared with what: the line "checked: ..." of every report. */
export const CheckedSchema = z.object({
  /** Indexes in `claims` of the claims compared with the rows read (total, parts, each level). */
  claims: z.array(z.number().int().nonnegative()),
  /** Rows read and checked one by one (NIP, grade, rank, echelon). */
  rows: z.number().int().nonnegative(),
  /** The pages those rows were read from, as a reader writes them (`3-20`). */
  pages: z.string().optional(),
  /** The same in words (English unless `--lang`): `claim 12 = ... against 12 rows of the lampiran, pages 3-4`. */
  message: z.string(),
});
export type Checked = z.infer<typeof CheckedSchema>;

/** What sk-check read from one input. */
export const DocumentSchema = z.object({
  source: z.string(),
  kind: KindSchema,
  status: StatusSchema,
  /** A decree given in several files (its body, then its lampiran files): every file, in that order. */
  sources: z.array(z.string()).optional(),
  /** What was compared with what (absent for an unreadable input or a document that is no decree). */
  checked: CheckedSchema.optional(),
  /** Status `unverified` (and sometimes `invalid`): what could not be checked, and what to do. */
  unverified: z.array(UnverifiedSchema).optional(),
  decree: DecreeSchema.nullable(),
  claims: z.array(ClaimSchema),
  appointees: z.array(AppointeeSchema),
  counts: CountsSchema,
  findings: z.array(FindingSchema),
  /** Set when pages of the PDF were read by OCR (`--ocr`). */
  ocr: z.literal(true).optional(),
  /** The OCR engine's mean word confidence over the OCR'd pages, 0-100. */
  ocrConfidence: z.number().min(0).max(100).optional(),
});
export type Document = z.infer<typeof DocumentSchema>;

export const SummarySchema = z.object({
  documents: z.number().int().nonnegative(),
  verified: z.number().int().nonnegative(),
  invalid: z.number().int().nonnegative(),
  unverified: z.number().int().nonnegative(),
  notADecree: z.number().int().nonnegative(),
  unreadable: z.number().int().nonnegative(),
  appointees: z.number().int().nonnegative(),
  errors: z.number().int().nonnegative(),
  warnings: z.number().int().nonnegative(),
  /** Files of a directory given that are not a kind sk-check reads (`--verbose` lists them); absent when none. */
  skipped: z.number().int().positive().optional(),
  /**
   * With `--baseline`: its file, the findings it knew (left out of the documents and the counts),
   * and its entries for this run's documents that no longer occur (they may be pruned).
   */
  baseline: z
    .object({
      file: z.string(),
      suppressed: z.number().int().nonnegative(),
      gone: z.array(
        z.object({
          document: z.string(),
          code: z.string(),
          key: z.string(),
          count: z.number().int().positive(),
        }),
      ),
    })
    .optional(),
});
export type Summary = z.infer<typeof SummarySchema>;

/** An input of an audit group and what it is to the audit. */
export const AuditSourceSchema = z.object({
  source: z.string(),
  role: z.enum(['decree', 'roster', 'press']),
  number: z.string().nullable(),
  date: isoDate.nullable(),
  /** A decree given in several files (its body, then its lampiran files): every file, in that order. */
  files: z.array(z.string()).optional(),
});

/** A total as one source states it: a claim (dictum, press) or the rows it lists (lampiran, roster). */
export const AuditTotalSchema = z.object({
  source: z.string(),
  statement: z.enum(['claim', 'attachment', 'roster']),
  total: z.number().int().nonnegative(),
  qualifier: ClaimSchema.shape.qualifier,
  byLevel: z.partialRecord(LevelSchema, z.number().int().nonnegative()),
  /** One lampiran's share (`II`): the parts of a dictum that name it, or the rows listed in it. */
  attachment: z.string().optional(),
});
export type AuditTotal = z.infer<typeof AuditTotalSchema>;

/** The fields of a person an audit compares between two sources. */
export const CHANGE_FIELDS = [
  'nip',
  'name',
  'grade',
  'rank',
  'echelon',
  'positionOld',
  'positionNew',
  'unit',
] as const;
export type ChangeField = (typeof CHANGE_FIELDS)[number];

/** A row of one source: its page where the source has pages. */
export const AuditRowSchema = z.object({
  page: z.number().int().positive().optional(),
  row: z.number().int().positive(),
});

/** One field of one person that differs: its value in the first source and in the second, as read. */
export const FieldChangeSchema = z.object({
  field: z.enum(CHANGE_FIELDS),
  from: z.string(),
  to: z.string(),
});
export type FieldChange = z.infer<typeof FieldChangeSchema>;

/**
 * A person who differs between two sources: fields changed (one person in both, found by NIP, or by
 * name where a NIP is damaged), or only in the second (`added`) or the first (`removed`).
 */
export const PersonChangeSchema = z.object({
  change: z.enum(['changed', 'added', 'removed']),
  nip: z.string().nullable(),
  name: z.string().nullable(),
  matchedBy: z.enum(['nip', 'name']).optional(),
  fromAt: AuditRowSchema.nullable(),
  toAt: AuditRowSchema.nullable(),
  fields: z.array(FieldChangeSchema),
});
export type PersonChange = z.infer<typeof PersonChangeSchema>;

/**
 * What changed from one source's people to another's (`from` before `to`: a decree before a roster,
 * else the command line's order): `matched` people are in both; `people` lists only those who differ,
 * in the first source's row order, then the added in the second's.
 */
export const AuditChangesSchema = z.object({
  from: z.string(),
  to: z.string(),
  matched: z.number().int().nonnegative(),
  people: z.array(PersonChangeSchema),
});
export type AuditChanges = z.infer<typeof AuditChangesSchema>;

/** The inputs about one decree (`sk-check audit`), and where they disagree. */
export const AuditGroupSchema = z.object({
  number: z.string().nullable(),
  date: isoDate.nullable(),
  sources: z.array(AuditSourceSchema),
  totals: z.array(AuditTotalSchema),
  /** Every pair of sources that list people: who differs, field by field. */
  changes: z.array(AuditChangesSchema).optional(),
  findings: z.array(FindingSchema),
});
export type AuditGroup = z.infer<typeof AuditGroupSchema>;

/** The JSON report: the contract scripts rely on. */
export const ReportSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  documents: z.array(DocumentSchema),
  summary: SummarySchema,
  /** `sk-check audit` only: one group per decree. */
  audit: z.array(AuditGroupSchema).optional(),
});
export type Report = z.infer<typeof ReportSchema>;

/** JSON Schema (draft 2020-12) of the report, generated from the zod schemas above. */
export function reportJsonSchema(): Record<string, unknown> {
  return { title: 'sk-check report', ...z.toJSONSchema(ReportSchema, { target: 'draft-2020-12' }) };
}
