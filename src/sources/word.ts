import { SkError } from '../errors.js';
import { say } from '../i18n/said.js';
import { DEFAULT_LIMITS } from '../limits.js';
import type { InputFile } from './input.js';
import { isCfb } from './sniff.js';
import { ZipPackage } from './zip.js';

// The shapes live in word-model.ts, which docx.ts and odt.ts import: they are loaded from here
// lazily, and importing this file back would close a loop.
export type { WordBlock, WordDocument, WordRow, WordTable } from './word-model.js';

import type { WordDocument } from './word-model.js';

const WORD_KINDS = ['docx', 'odt'] as const;
export type WordKind = (typeof WORD_KINDS)[number];

export interface WordOptions {
  maxInflatedBytes?: number | undefined;
  maxXmlDepth?: number | undefined;
  maxXmlElements?: number | undefined;
}

/** Reads a `.docx` or `.odt` file into paragraphs and tables. The readers are loaded on first use. */
export async function readWordDocument(input: InputFile, options: WordOptions = {}): Promise<WordDocument> {
  // An Office package with a password is an OLE compound file holding it encrypted (ECMA-376 agile
  // or standard encryption); a legacy .doc was refused by its content before.
  if (isCfb(input.head)) throw new SkError('document-encrypted', say('document-encrypted/password', {}));
  const chunks: Buffer[] = [];
  for await (const chunk of input.chunks()) chunks.push(chunk);
  const zip = await ZipPackage.open(
    Buffer.concat(chunks),
    {
      maxInflated: options.maxInflatedBytes ?? DEFAULT_LIMITS.maxInflatedBytes,
      xml: {
        maxDepth: options.maxXmlDepth ?? DEFAULT_LIMITS.maxXmlDepth,
        maxElements: options.maxXmlElements ?? DEFAULT_LIMITS.maxXmlElements,
      },
    },
    input.kind === 'odt' ? 'odt' : 'docx',
  );
  if (input.kind === 'odt') return (await import('./odt.js')).readOdt(zip);
  return (await import('./docx.js')).readDocx(zip);
}
