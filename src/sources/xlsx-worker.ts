import { parentPort, workerData } from 'node:worker_threads';
import { loadSheet } from './xlsx-load.js';

/** A worker thread loading one workbook with exceljs, so that the file's time limit can end it. */
const { data, wanted } = workerData as { data: Uint8Array; wanted: string | undefined };
const loaded = await loadSheet(data, wanted).catch((error: unknown) => ({ error: String(error) }));
parentPort?.postMessage(loaded);
