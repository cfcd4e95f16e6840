import { KIND_INFO } from './kinds.js';

/**
 * One input may give several documents (a workbook's sheets, a list's decrees): each is named
 * `<file>#<part>` (`lampiran.xlsx#LAMPIRAN II`, `daftar.pdf#821.2/72/BKPSDM-III/2022`). The file a
 * document came from, for saying how many files a decree was given in.
 */
// The extensions of every kind sk-check reads (kinds.ts), not a list of its own.
const EXTENSIONS = Object.values(KIND_INFO).flatMap((info) => info.extensions.map((ext) => ext.slice(1)));
const PART = new RegExp(`^(.+?\\.(?:${EXTENSIONS.join('|')}))#.+$`, 'i');

/** The file of a source: `lampiran.xlsx` of `lampiran.xlsx#LAMPIRAN II`; a plain file as it is. */
export function fileOfSource(source: string): string {
  return PART.exec(source)?.[1] ?? source;
}

/** How many files the sources are, sheets of one workbook counted once. */
export function fileCount(sources: readonly string[]): number {
  return new Set(sources.map(fileOfSource)).size;
}
