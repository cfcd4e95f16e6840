// Only shapes a template or a mail merge leaves: real decrees hold `[sic]`, `Rp`, `(III/a)` and
// `Pasal 5 ayat (1)`, so a bracket or a dollar sign alone is never enough.
const SHAPES = [
  String.raw`\$?\{\{?[^\S\n]*[A-Za-z_][\w.]*[^\S\n]*\}\}?`, // {valueNip}, {{nama}}, ${nama}
  String.raw`(?<![\p{L}\p{N}$])\$[A-Za-z_]\w*`, // $nama
  String.raw`\[(?:value\w*|[A-Z][A-Z0-9_]*(?: [A-Z][A-Z0-9_]*){0,3})\]`, // [NAMA], [NIP], [valueNip]
  String.raw`<<[^\S\n]*[\p{L}_][\p{L}\p{N}_.]*[^\S\n]*>>`, // <<NAMA>>
  String.raw`«[^\S\n]*[\p{L}_][\p{L}\p{N}_.]*[^\S\n]*»`, // «NAMA», Word's merge field
];
const PLACEHOLDER = new RegExp(SHAPES.join('|'), 'gu');
// `[IV]`, `[A]`: a numbered item or a Roman numeral in brackets, not a field name.
const NOT_A_FIELD = /^\[(?:[A-Z]|[IVXLC]+)\]$/;

/** The template placeholders in `text` (`{valueNip}`, `[NAMA]`, `«Nama»`, `$nama`), each once, in order. */
export function findPlaceholders(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(PLACEHOLDER)) {
    const token = match[0];
    if (!NOT_A_FIELD.test(token) && !found.includes(token)) found.push(token);
  }
  return found;
}
