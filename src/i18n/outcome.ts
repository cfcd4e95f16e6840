import type { Level } from '../domain/level.js';
import type { Checked, Claim, Document, Status, Unverified, UnverifiedReason } from '../model.js';
import { fileCount } from '../part-source.js';
import type { Lang } from './lang.js';
import { levelText, type Text, text } from './words.js';

/**
 * The outcome of a document in the words a clerk uses. Never *sah* / *tidak sah*: legal validity is
 * not a checker's to judge (DOMAIN.md, "Outcome words"); a document is consistent or not, verified
 * or not, a decree or not.
 */
export const STATUS_WORDS: Record<Status, Text<Record<never, never>>> = {
  verified: text(
    () => 'VERIFIED',
    () => 'SESUAI',
  ),
  invalid: text(
    () => 'ERRORS FOUND',
    () => 'TIDAK SESUAI',
  ),
  unverified: text(
    () => 'UNVERIFIED',
    () => 'BELUM TERVERIFIKASI',
  ),
  'not-a-decree': text(
    () => 'NOT A DECREE',
    () => 'BUKAN SK',
  ),
  unreadable: text(
    () => 'UNREADABLE',
    () => 'TIDAK TERBACA',
  ),
};

export function statusWord(status: Status, lang: Lang): string {
  return STATUS_WORDS[status][lang]({});
}

/** What a reason's message is made from: the reason, and the pages or count it concerns. */
export type ReasonParams = Pick<
  Unverified,
  'reason' | 'pages' | 'count' | 'number' | 'attachments' | 'copyOf'
>;

const pageList = (pages: readonly number[] | undefined) => pageRanges(pages ?? []);

/** `Lampiran IV`, `Lampiran II and IV`, `Lampiran II, IV dan VI`. */
function lampiranList(numerals: readonly string[], lang: Lang): string {
  const and = lang === 'id' ? 'dan' : 'and';
  const last = numerals.at(-1) ?? '';
  const rest = numerals.slice(0, -1);
  return `Lampiran ${rest.length > 0 ? `${rest.join(', ')} ${and} ${last}` : last}`;
}

/** Why a document could not be verified, and what to do about it. */
export const REASONS: Record<UnverifiedReason, Text<ReasonParams>> = {
  'no-claim': text(
    (p) =>
      p.count
        ? `no claim to check the ${p.count} rows against: no dictum (sebanyak N orang) among the inputs; pass the decree's body with its lampiran`
        : 'nothing to check: neither a claim (sebanyak N orang) nor a list of people was read',
    (p) =>
      p.count
        ? `tidak ada jumlah yang dinyatakan untuk mencocokkan ${p.count} baris: diktum SK (sebanyak N orang) tidak ada di antara berkas; sertakan batang tubuh SK bersama lampirannya`
        : 'tidak ada yang dapat diperiksa: tidak terbaca jumlah (sebanyak N orang) maupun daftar nama',
  ),
  'no-rows': text(
    () =>
      'no list of people to check the claim against; run `sk-check audit` with the decree or its lampiran',
    () =>
      'tidak ada daftar nama untuk mencocokkan jumlahnya; jalankan `sk-check audit` bersama SK atau lampirannya',
  ),
  'attachment-missing': text(
    (p) =>
      p.copyOf
        ? `its lampiran files joined ${p.copyOf}, another copy of this decree among the inputs, and were not compared with this one; compare the two copies with sk-check audit`
        : p.attachments && p.attachments.length > 0
          ? `${lampiranList(p.attachments, 'en')}, which the decree counts on, ${p.attachments.length === 1 ? 'was' : 'were'} not among the inputs: the counts that need ${p.attachments.length === 1 ? 'it' : 'them'} were not checked; pass the file of ${lampiranList(p.attachments, 'en')}${p.number ? ` (NOMOR ${p.number})` : ''} with the decree and its other lampiran`
          : `the lampiran the decree refers to was not among the inputs or gave no rows; pass the lampiran file${p.number ? ` (NOMOR ${p.number})` : ''} with the decree: sk-check decree.pdf lampiran.pdf`,
    (p) =>
      p.copyOf
        ? `berkas lampirannya digabung dengan ${p.copyOf}, salinan lain SK ini di antara berkas, dan tidak dicocokkan dengan salinan ini; bandingkan kedua salinan dengan sk-check audit`
        : p.attachments && p.attachments.length > 0
          ? `${lampiranList(p.attachments, 'id')} yang dirujuk diktum SK tidak ada di antara berkas: jumlah yang memerlukannya belum dicocokkan; sertakan berkas ${lampiranList(p.attachments, 'id')}${p.number ? ` (NOMOR ${p.number})` : ''} bersama SK dan lampiran lainnya`
          : `lampiran yang dirujuk SK tidak ada di antara berkas atau tidak menghasilkan baris; sertakan berkas lampirannya${p.number ? ` (NOMOR ${p.number})` : ''} bersama SK: sk-check sk.pdf lampiran.pdf`,
  ),
  'attachment-uncertain': text(
    () =>
      'the lampiran table could not be read with confidence (attachment-uncertain); check its counts by hand, `sk-check debug-table` shows what was read',
    () =>
      'tabel lampiran tidak dapat dibaca dengan yakin (attachment-uncertain); periksa jumlahnya secara manual, `sk-check debug-table` menunjukkan apa yang terbaca',
  ),
  'level-unknown': text(
    (p) =>
      `${p.count ?? 0} rows have no level (eselon) while a claim counts by level: the counts by level were not checked`,
    (p) =>
      `${p.count ?? 0} baris tanpa jenjang (eselon) sedangkan diktum menghitung per jenjang: jumlah per jenjang tidak dapat diperiksa`,
  ),
  'pages-without-text': text(
    (p) =>
      (p.pages ?? []).length === 1
        ? `page ${pageList(p.pages)} has no usable text; run with --ocr to read it`
        : `pages ${pageList(p.pages)} have no usable text; run with --ocr to read them`,
    (p) =>
      `halaman ${pageList(p.pages)} tidak memiliki teks yang dapat dibaca; jalankan dengan --ocr untuk membacanya`,
  ),
};

export function reasonMessage(reason: ReasonParams, lang: Lang): string {
  return REASONS[reason.reason][lang](reason);
}

/** The document's outcome (`checked`, `unverified`) with its messages in `lang`. */
export function localizeOutcome(doc: Document, lang: Lang): Pick<Document, 'checked' | 'unverified'> {
  const out: Pick<Document, 'checked' | 'unverified'> = {};
  if (doc.checked) out.checked = { ...doc.checked, message: checkedText(doc as CheckedOf, lang) };
  if (doc.unverified)
    out.unverified = doc.unverified.map((reason) => ({ ...reason, message: reasonMessage(reason, lang) }));
  return out;
}

/** `292 = 200 eselon III + 85 eselon IV + 7 fungsional`; a part naming its lampiran, `3 eselon III (Lampiran I)`. */
export function claimText(claim: Pick<Claim, 'total' | 'parts' | 'attachment'>, lang: Lang): string {
  const parts = claim.parts.map(
    (part) =>
      `${part.count} ${levelText(part.level as Level, lang)}${part.attachment ? ` (Lampiran ${part.attachment})` : ''}`,
  );
  const total = `${claim.total}${claim.attachment ? ` (Lampiran ${claim.attachment})` : ''}`;
  return parts.length > 0 ? `${total} = ${parts.join(' + ')}` : total;
}

/** What the line "checked: ..." needs of a document. */
export interface CheckedOf {
  kind: string;
  claims: readonly Pick<Claim, 'total' | 'parts' | 'attachment'>[];
  checked: Omit<Checked, 'message'>;
  /** A decree given in several files: the body, then its lampiran files. */
  sources?: readonly string[] | undefined;
  /** The rows, where they say which numbered lampiran they are in. */
  appointees?: readonly { attachment?: string | undefined }[] | undefined;
}

/**
 * How compared claims were held to numbered lampiran: each part to the one it names, each claim to
 * the one its sentence names, or not at all (the rows do not say their lampiran, or no claim names one).
 */
function perAttachment(
  doc: CheckedOf,
  compared: readonly Pick<Claim, 'parts' | 'attachment'>[],
): 'parts' | 'claims' | null {
  const read = (doc.appointees ?? []).some((row) => row.attachment !== undefined);
  if (!read) return null;
  if (compared.some((claim) => claim.parts.some((part) => part.attachment !== undefined))) return 'parts';
  return compared.some((claim) => claim.attachment !== undefined) ? 'claims' : null;
}

/**
 * What was compared with what, in a clerk's words: `claim 292 = ... against 292 rows of the
 * lampiran, pages 3-20`, or the rows checked one by one when there was no claim to compare.
 */
export function checkedText(doc: CheckedOf, lang: Lang): string {
  const { checked } = doc;
  const id = lang === 'id';
  const compared = checked.claims.map((i) => doc.claims[i]).filter((claim) => claim !== undefined);
  const onePage = checked.pages !== undefined && /^\d+$/.test(checked.pages);
  const pages = checked.pages
    ? id
      ? `, halaman ${checked.pages}`
      : `, ${onePage ? 'page' : 'pages'} ${checked.pages}`
    : '';
  const roster = doc.kind === 'csv' || doc.kind === 'xlsx';
  const parts = (doc.sources?.length ?? 0) - 1;
  const files = fileCount(doc.sources?.slice(1) ?? []);
  const rowsOf =
    parts > 0
      ? files < parts
        ? id
          ? `${checked.rows} baris dari ${parts} lampiran dalam ${files} berkas`
          : `${checked.rows} rows of ${parts} lampiran in ${files} file${files === 1 ? '' : 's'}`
        : id
          ? `${checked.rows} baris dari ${parts} berkas lampiran`
          : `${checked.rows} rows of ${parts} lampiran file${parts === 1 ? '' : 's'}`
      : id
        ? `${checked.rows} baris ${roster ? 'daftar' : 'lampiran'}${pages}`
        : `${checked.rows} rows of the ${roster ? 'roster' : 'lampiran'}${pages}`;
  if (compared.length > 0) {
    const claims = compared.map((claim) => claimText(claim, lang)).join('; ');
    const held = perAttachment(doc, compared);
    const each =
      held === 'parts'
        ? id
          ? ', tiap rincian dengan lampiran yang disebutnya'
          : ', each part against the lampiran it names'
        : held === 'claims'
          ? id
            ? ', tiap klaim dengan lampiran yang disebutnya'
            : ', each claim against the lampiran it names'
          : '';
    return id
      ? `klaim ${claims} dicocokkan dengan ${rowsOf}${each}`
      : `claim ${claims} against ${rowsOf}${each}`;
  }
  const stated = doc.claims.map((claim) => claimText(claim, lang)).join('; ');
  if (stated && checked.rows === 0)
    return id
      ? `klaim ${stated}: rincian dan terbilangnya; tidak dicocokkan dengan daftar nama`
      : `claim ${stated}: its parts and words; not compared with any list of people`;
  if (checked.rows > 0)
    return id
      ? `${rowsOf}, satu per satu (NIP, golongan, eselon); tidak dicocokkan dengan jumlah yang dinyatakan`
      : `${rowsOf}, one by one (NIP, grade, echelon); not compared with any stated total`;
  return id ? 'tidak ada: tidak terbaca jumlah maupun baris' : 'nothing: no claim and no rows were read';
}

/** `1-4`, `1, 3-5`: page numbers as a reader writes them. */
export function pageRanges(numbers: readonly number[]): string {
  const ranges: string[] = [];
  for (let i = 0; i < numbers.length; ) {
    let j = i;
    while (j + 1 < numbers.length && (numbers[j + 1] ?? 0) === (numbers[j] ?? 0) + 1) j++;
    ranges.push(i === j ? `${numbers[i]}` : `${numbers[i]}-${numbers[j]}`);
    i = j + 1;
  }
  return ranges.join(', ');
}
