import { createReadStream } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type { RosterHeader } from '../extract/roster.js';
import { saidList } from '../i18n/said.js';
import { type CsvLayout, type CsvOptions, parseCsvBatches } from '../sources/csv.js';
import { readRosterPart } from './part.js';

/**
 * A worker thread reading one stretch of a big CSV roster: the first (from the file's start, finding
 * the header itself) or the second (from a record start to the end, given the header).
 */
const { path, start, end, layout, csv, header } = workerData as {
  path: string;
  start: number;
  end: number | undefined;
  layout: CsvLayout;
  csv: CsvOptions;
  header: RosterHeader | null;
};

try {
  const chunks = createReadStream(path, {
    start,
    ...(end !== undefined ? { end } : {}),
    highWaterMark: 1 << 16,
  }) as AsyncIterable<Buffer>;
  const counter = { lines: 0 };
  const records = parseCsvBatches(chunks, layout, csv, start === 0, counter);
  const part = await readRosterPart(records, header, () => counter.lines);
  parentPort?.postMessage({ part, said: saidList(part.findings) }, [
    part.nipHi.buffer,
    part.nipLo.buffer,
    part.nipRows.buffer,
    part.names.buffer,
    part.nameEnds.buffer,
    part.lines.buffer,
  ] as ArrayBuffer[]);
} catch (error) {
  parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
