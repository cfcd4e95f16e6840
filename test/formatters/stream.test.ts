import { describe, expect, it } from 'vitest';
import { run } from '../../src/batch/batch.js';
import { formatAppointeesCsv, formatFindingsCsv } from '../../src/formatters/csv.js';
import { formatJson, formatNdjson } from '../../src/formatters/json.js';
import { type Format, reportStream } from '../../src/formatters/stream.js';
import { formatText } from '../../src/formatters/text.js';
import type { Report } from '../../src/model.js';

const INPUTS = [
  'fixtures/rosters/roster-faults.csv',
  'fixtures/decrees/decree-truncated.pdf',
  'fixtures/decrees/sample-decree.pdf',
  'fixtures/rosters/sample-roster.csv',
];

function streamed(report: Report, format: Format, mode: 'check' | 'extract', quiet = false): string {
  const stream = reportStream(format, mode, { color: false, quiet });
  return (
    stream.start() + report.documents.map((doc) => stream.document(doc)).join('') + stream.end(report.summary)
  );
}

describe('a report written document by document', () => {
  it('is byte for byte the whole-report output, in every format', async () => {
    const report = await run(INPUTS);
    const empty: Report = { ...report, documents: [], summary: { ...report.summary, documents: 0 } };
    for (const r of [report, empty]) {
      expect(streamed(r, 'json', 'check')).toBe(formatJson(r));
      expect(JSON.parse(streamed(r, 'json', 'check'))).toEqual(r);
      expect(streamed(r, 'ndjson', 'check')).toBe(formatNdjson(r));
      expect(streamed(r, 'csv', 'check')).toBe(formatFindingsCsv(r));
      expect(streamed(r, 'csv', 'extract')).toBe(formatAppointeesCsv(r));
      for (const mode of ['check', 'extract'] as const)
        for (const quiet of [false, true])
          expect(streamed(r, 'text', mode, quiet)).toBe(formatText(r, { color: false, quiet, mode }));
    }
  });
});
