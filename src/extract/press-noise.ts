/**
 * What news pages print around an article: links to other stories, comment forms, bylines, image
 * captions, share buttons. None of it is about the decree, and a linked headline (`BACA JUGA:
 * Gubernur Lantik 150 Pejabat`) would otherwise read as a claim.
 */
const NOISE_LINE =
  /^(?:\W{0,3})(?:baca\s+(?:juga|selengkapnya)|lihat\s+juga|simak\s+juga|berita\s+terkait|artikel\s+terkait|berita\s+lainnya|terpopuler|read\s+also|related|tinggalkan\s+(?:balasan|komentar)|leave\s+a\s+(?:reply|comment)|komentar|balas|bagikan|share|tags?|tagar|kategori|editor|penulis|pewarta|reporter|redaktur|sumber|foto|ilustrasi|keterangan\s+foto|caption|copyright|hak\s+cipta|©|\(c\))(?![\p{L}\p{N}])/iu;

// `(Foto: Humas Pemprov)`, `[Dok. Diskominfo]`, `(ist)`: credits inside a paragraph.
const CREDIT =
  /[([](?:foto|dok\.?|dokumentasi|ist|istimewa|ilustrasi|sumber)(?:\s*[:.]?[^)\]]{0,80})?[)\]]/giu;

/** True for a line that is page furniture, not article text. */
export function isNoise(line: string): boolean {
  return NOISE_LINE.test(line.trim());
}

/** A line with photo credits taken out. */
export function withoutCredits(line: string): string {
  return line.replace(CREDIT, ' ').replace(/\s+/g, ' ').trim();
}

// Markdown that is not text: heading marks, list bullets, quotes, emphasis, link targets.
export function plainMarkdown(line: string): string {
  return line
    .replace(/^\s{0,3}(?:#{1,6}\s+|>\s*|[-*+]\s+)/u, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/gu, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/(\*\*|__)(.+?)\1/gu, '$2')
    .trim();
}

/** A line that starts a block of its own in plain text (Markdown heading, list item, quote, a noise line). */
export function startsBlock(line: string): boolean {
  return /^\s{0,3}(?:#{1,6}\s|>|[-*+]\s|\d{1,2}[.)]\s)/u.test(line) || isNoise(line);
}
