/**
 * One input may give several documents (a workbook's sheets, a list's decrees): each is named
 * `<file>#<part>` (`lampiran.xlsx#LAMPIRAN II`, `daftar.pdf#821.2/72/BKPSDM-III/2022`). The file a
 * document came from, for saying how many files a decree was given in.
 */
const PART = /^(.+?\.(?:pdf|docx|odt|xlsx|xlsm|csv|tsv|txt|md|html?))#.+$/i;

/** The file of a source: `lampiran.xlsx` of `lampiran.xlsx#LAMPIRAN II`; a plain file as it is. */
export function fileOfSource(source: string): string {
  return PART.exec(source)?.[1] ?? source;
}

/** How many files the sources are, sheets of one workbook counted once. */
export function fileCount(sources: readonly string[]): number {
  return new Set(sources.map(fileOfSource)).size;
}
