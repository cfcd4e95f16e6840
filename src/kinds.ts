/**
 * Every kind of input sk-check reads, and what the rest of the code needs to know of each: one
 * table, so that a new kind is a row here (the compiler then asks for its reader in run.ts and its
 * names in the catalogue) instead of a list in every file that sorts inputs.
 */

/** The kinds, in the order of the report's JSON Schema (`kind`). */
export const KINDS = ['csv', 'docx', 'odt', 'pdf', 'text', 'xlsx', 'image'] as const;
export type Kind = (typeof KINDS)[number];

/** What a document is to the user, whatever its file kind: `--kind` for standard input names it. */
export type Role = 'decree' | 'roster' | 'press';

const MB = 1024 * 1024;

export interface KindInfo {
  role: Role;
  /** File names that say the kind when the bytes do not (content is sniffed first). */
  extensions: readonly string[];
  /** Folders are searched for it (images are read only when named: a folder of photos is not a batch of decrees). */
  inFolders: boolean;
  /** Read as pages (the PDF engine, or OCR of a picture), in a worker process that a hang can be killed in. */
  pages: boolean;
  /** The default `--max-bytes`. */
  maxBytes: number;
}

/** Listed in the order a folder's extensions are named (`sk-check: empty/: no .pdf .docx ... files`). */
export const KIND_INFO = {
  pdf: { role: 'decree', extensions: ['.pdf'], inFolders: true, pages: true, maxBytes: 200 * MB },
  docx: { role: 'decree', extensions: ['.docx'], inFolders: true, pages: false, maxBytes: 200 * MB },
  odt: { role: 'decree', extensions: ['.odt'], inFolders: true, pages: false, maxBytes: 200 * MB },
  csv: { role: 'roster', extensions: ['.csv', '.tsv'], inFolders: true, pages: false, maxBytes: 2048 * MB },
  xlsx: { role: 'roster', extensions: ['.xlsx'], inFolders: true, pages: false, maxBytes: 200 * MB },
  text: {
    role: 'press',
    extensions: ['.txt', '.md', '.html', '.htm'],
    inFolders: true,
    pages: false,
    maxBytes: 200 * MB,
  },
  image: { role: 'decree', extensions: [], inFolders: false, pages: true, maxBytes: 200 * MB },
} as const satisfies Record<Kind, KindInfo>;

/** A decree, whether a PDF, a Word or OpenDocument draft, or a photo or scan of its pages. */
export const isDecreeKind = (kind: Kind): boolean => KIND_INFO[kind].role === 'decree';

/** Decrees read as pages (the PDF engine, or OCR of an image): these go to worker processes. */
export const PAGE_KINDS: readonly Kind[] = KINDS.filter((kind) => KIND_INFO[kind].pages);

/** The kind a file name says, by its extension. */
export const KIND_BY_EXTENSION: Readonly<Record<string, Kind>> = Object.fromEntries(
  KINDS.flatMap((kind) => KIND_INFO[kind].extensions.map((extension) => [extension, kind])),
);

/** What a folder is searched for. */
export const FOLDER_EXTENSIONS: readonly string[] = Object.values(KIND_INFO).flatMap((info) =>
  info.inFolders ? info.extensions : [],
);
