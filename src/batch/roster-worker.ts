import { createReadStream } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type { RosterHeader } from '../extract/roster.js';
import { readRosterPart } from '../extract/roster-part.js';
import { type CsvLayout, type CsvOptions, parseCsvChunks } from '../sources/csv.js';

/** A worker thread reading the second stretch of a big CSV roster, from a record start to the end. */
const { path, start, layout, csv, header } = workerData as {
  path: string;
  start: number;
  layout: CsvLayout;
  csv: CsvOptions;
  header: RosterHeader;
};

try {
  const chunks = createReadStream(path, { start, highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>;
  const part = await readRosterPart(parseCsvChunks(chunks, layout, csv, false), header);
  parentPort?.postMessage({ part }, [
    part.nipHi.buffer,
    part.nipLo.buffer,
    part.nipRows.buffer,
  ] as ArrayBuffer[]);
} catch (error) {
  parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
