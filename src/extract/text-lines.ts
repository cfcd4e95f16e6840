/**
 * One visual line of a document's text, in reading order; `page` is 1-based. `y`, where the reader
 * knows it (a PDF's text layer), is the line's baseline in points from the page's top.
 */
export interface TextLine {
  page: number;
  text: string;
  y?: number;
}

/** Collapses whitespace runs (NBSP and tabs too), drops zero-width characters, trims. */
function cleanText(text: string): string {
  return text
    .replace(/[\u200b-\u200d\ufeff\u00ad]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const FOOTERS = [
  /^-\s*\d{1,4}\s*-$/,
  /^(?:halaman|hal\.?|hlm\.?|page)\s*:?\s*\d{1,4}(?:\s*(?:dari|of|\/)\s*\d{1,4})?$/i,
  /^\d{1,4}\s*(?:dari|\/)\s*\d{1,4}$/i,
];

/**
 * The signature block under a lampiran (a table's end, in a PDF or a sheet): the official's title
 * ending in a comma (`WALI KOTA BANJARMASIN,`, `Pj. BUPATI TAPIN,`), `a.n.` (signing on behalf),
 * `Ditetapkan di`, `pada tanggal`, `ttd.`, `Tembusan`, `Salinan sesuai dengan aslinya`.
 */
export const SIGNATURE_LINE =
  /^(?:(?:pj\.?|plt\.?|penjabat|pelaksana tugas)\s+)?(?:wali ?kota|walikota|bupati|gubernur|sekretaris daerah|kepala (?:badan|dinas))\b.*,$|^a\.\s?n\.?\s|^an\.\s|^ditetapkan\b|^pada tanggal\b|^ttd\.?$|^tembusan\b|^salinan sesuai/i;

/** A page header or footer such as `Halaman 2 dari 5`, `- 2 -`, `Hal. 3`, `2/5`. */
export function isPageFooter(text: string): boolean {
  const t = cleanText(text);
  return FOOTERS.some((re) => re.test(t));
}

/**
 * Lines cleaned, without empty lines and page footers; a bare page number (`3`) is dropped only as
 * the first or last line of its page, since elsewhere it may be content.
 */
export function cleanLines(lines: readonly TextLine[]): TextLine[] {
  const kept = lines
    .map((line) => {
      const text = cleanText(String(line.text ?? ''));
      return line.y === undefined ? { page: line.page, text } : { page: line.page, text, y: line.y };
    })
    .filter((line) => line.text !== '' && !isPageFooter(line.text));
  return kept.filter((line, i) => {
    if (!/^\d{1,3}$/.test(line.text)) return true;
    const edge = kept[i - 1]?.page !== line.page || kept[i + 1]?.page !== line.page;
    return !edge;
  });
}

/** Text joined from several lines, with the page each character came from. */
export interface JoinedText {
  text: string;
  pageAt(offset: number): number | undefined;
}

/**
 * Joins lines with single spaces. A line ending in a hyphen after a letter is hyphenation and joins
 * without a space, hyphen removed, unless the next word repeats the one before (`masing-` `masing`).
 */
export function joinLines(lines: readonly TextLine[]): JoinedText {
  let text = '';
  let previous = '';
  const starts: { offset: number; page: number }[] = [];
  for (const line of lines) {
    const piece = cleanText(line.text);
    if (piece === '') continue;
    // Only the line's tail: on a long run of letters the anchored pattern would be quadratic.
    const hyphen = previous.endsWith('-') ? /(\p{L}+)-$/u.exec(previous.slice(-60)) : null;
    if (hyphen && /^\p{L}/u.test(piece)) {
      const word = hyphen[1] ?? '';
      const reduplicated = piece.toLowerCase().startsWith(word.toLowerCase());
      if (!reduplicated) text = text.slice(0, -1);
    } else if (text !== '') {
      text += ' ';
    }
    starts.push({ offset: text.length, page: line.page });
    text += piece;
    previous = piece;
  }
  return {
    text,
    pageAt(offset: number) {
      let page: number | undefined;
      for (const start of starts) {
        if (start.offset > offset) break;
        page = start.page;
      }
      return page ?? starts[0]?.page;
    },
  };
}

const LABEL_LIKE =
  /^(?:nomor|no\.|tanggal|tgl\.?|tentang|lampiran|daftar|pada\s+tanggal|ditetapkan|menimbang|mengingat|memperhatikan|menetapkan)(?!\p{L})/iu;

/**
 * The value of a label at line `index` (`NOMOR : 800/...` or `NOMOR`, `:`, `800/...` on separate
 * lines): the rest of the line after `label`, else the next line that is not a lone colon and does
 * not start with another label. `line` is the index the value came from; value '' when there is none.
 */
export function labelValue(
  lines: readonly TextLine[],
  index: number,
  label: RegExp,
): { value: string; line: number } {
  const text = lines[index]?.text ?? '';
  const m = label.exec(text);
  const rest = m ? text.slice(m.index + m[0].length) : '';
  const value = rest.replace(/^[\s:.]+/, '').trim();
  if (value !== '') return { value, line: index };
  for (let i = index + 1; i < Math.min(lines.length, index + 3); i++) {
    const next = lines[i]?.text ?? '';
    if (/^:?$/.test(next)) continue;
    if (LABEL_LIKE.test(next)) break;
    return { value: next.replace(/^[\s:]+/, ''), line: i };
  }
  return { value: '', line: index };
}

const ORDINAL =
  '(?:(?:DUA|TIGA|EMPAT|LIMA|ENAM|TUJUH|DELAPAN|SEMBILAN)\\s+(?:BELAS|PULUH(?:\\s+(?:SATU|DUA|TIGA|EMPAT|LIMA|ENAM|TUJUH|DELAPAN|SEMBILAN))?)|SATU|DUA|TIGA|EMPAT|LIMA|ENAM|TUJUH|DELAPAN|SEMBILAN|SEPULUH|SEBELAS)';
const DICTUM = new RegExp(`^(PERTAMA|KE${ORDINAL})(?!\\p{L})\\s*(:?)\\s*`, 'iu');

/**
 * The dictum label a line starts with (`KESATU :`, `KEDUA`, `Ketiga :`), colon included; null
 * otherwise. Title case needs the colon, so prose (`Kedua orang tersebut`) is no dictum.
 */
export function dictumLabel(text: string): string | null {
  const m = DICTUM.exec(text);
  if (!m) return null;
  const word = m[1] ?? '';
  return word === word.toUpperCase() || m[2] === ':' ? m[0] : null;
}
