import { type Command, InvalidArgumentError } from 'commander';
import { help } from '../i18n/help.js';
import type { Lang } from '../i18n/lang.js';
import { DEFAULT_LIMITS, type Limits, parseSize } from '../limits.js';

/** The limit flags as commander parses them. */
export interface LimitFlags {
  maxBytes?: number;
  maxPages: number;
  maxRecordSize: number;
  timeout: number;
  ocrMaxPages: number;
  ocrPageTimeout: number;
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new InvalidArgumentError('give a whole number above 0');
  return Number(value);
}

function parseBytes(value: string): number {
  const bytes = parseSize(value);
  if (bytes === null) throw new InvalidArgumentError('give a size such as 50MB, 512k or 1G');
  return bytes;
}

function parseSeconds(value: string): number {
  if (!/^\d+(\.\d+)?$/.test(value)) throw new InvalidArgumentError('give seconds (0: no limit)');
  return Number(value);
}

/** Adds --max-bytes, --max-pages, --max-record-size, --timeout and the OCR limits to a command that reads inputs. */
export function addLimitOptions(command: Command, lang: Lang = 'en'): Command {
  return command
    .option('--max-bytes <size>', help(lang, 'opt.max-bytes'), parseBytes)
    .option('--max-pages <n>', help(lang, 'opt.max-pages'), parseCount, DEFAULT_LIMITS.maxPages)
    .option(
      '--max-record-size <n>',
      help(lang, 'opt.max-record-size'),
      parseCount,
      DEFAULT_LIMITS.maxRecordSize,
    )
    .option('--timeout <seconds>', help(lang, 'opt.timeout'), parseSeconds, DEFAULT_LIMITS.timeout)
    .option('--ocr-max-pages <n>', help(lang, 'opt.ocr-max-pages'), parseCount, DEFAULT_LIMITS.ocrMaxPages)
    .option(
      '--ocr-page-timeout <seconds>',
      help(lang, 'opt.ocr-page-timeout'),
      parseSeconds,
      DEFAULT_LIMITS.ocrPageTimeout,
    );
}

export function limitsOf(flags: LimitFlags): Partial<Limits> {
  const { maxBytes, maxPages, maxRecordSize, timeout, ocrMaxPages, ocrPageTimeout } = flags;
  return { maxBytes, maxPages, maxRecordSize, timeout, ocrMaxPages, ocrPageTimeout };
}
