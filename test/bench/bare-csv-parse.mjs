// The baseline for roster throughput: csv-parse alone, streaming the file, counting records.
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';

const [path, delimiter = ';'] = process.argv.slice(2);
let records = 0;
const parser = createReadStream(path).pipe(parse({ delimiter, bom: true, relax_column_count: true }));
for await (const _record of parser) records++;
console.log(records);
