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

function parseCountIn(value: string, lang: Lang): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError(help(lang, 'err.count'));
  return Number(value);
}

function parseBytesIn(value: string, lang: Lang): number {
  const bytes = parseSize(value);
  if (bytes === null) throw new InvalidArgumentError(help(lang, 'err.size'));
  return bytes;
}

function parseSecondsIn(value: string, lang: Lang): number {
  if (!/^\d+(\.\d+)?$/.test(value)) throw new InvalidArgumentError(help(lang, 'err.seconds'));
  return Number(value);
}

/** Adds --max-bytes, --max-pages, --max-record-size, --timeout and the OCR limits to a command that reads inputs. */
export function addLimitOptions(command: Command, lang: Lang = 'en'): Command {
  const parseCount = (value: string) => parseCountIn(value, lang);
  const parseBytes = (value: string) => parseBytesIn(value, lang);
  const parseSeconds = (value: string) => parseSecondsIn(value, lang);
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
