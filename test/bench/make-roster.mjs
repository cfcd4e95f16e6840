// Writes a national-size roster as Excel's "CSV UTF-8" with the Indonesian locale writes it (`;`,
// BOM, CRLF, title rows above the header), with a unique, plausible NIP on every row.

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { makePeople } from '../../fixtures/rosters/people.mjs';

const pad = (n, width) => String(n).padStart(width, '0');

/**
 * Writes `rows` people to `path`; resolves with the file's size in bytes. `rankGrade` puts one
 * rank and grade on every row (`Penata (III/a)`: a rank that disagrees with the grade, a finding on
 * most rows).
 */
export async function writeBigRoster(path, rows, seed = 20261123, { rankGrade } = {}) {
  const templates = makePeople(1000, seed);
  const out = createWriteStream(path);
  const write = async (text) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write('\uFEFFDAFTAR NOMINATIF PEGAWAI NEGERI SIPIL;;;;;;;\r\n');
  await write('PEMERINTAH PROVINSI KALIMANTAN SELATAN;;;;;;;\r\n;;;;;;;\r\n');
  await write('No;Nama;NIP;Pangkat/Gol. Ruang;Jabatan Lama;Jabatan Baru;Eselon;Unit Kerja\r\n');
  let chunk = '';
  for (let i = 0; i < rows; i++) {
    const p = templates[i % templates.length];
    // Birth date, TMT and serial walk through their ranges so that no two rows share a NIP.
    const k = Math.floor(i / 999);
    const year = 1965 + (Math.floor(k / 336) % 25);
    const birth = `${year}${pad(1 + (Math.floor(k / 28) % 12), 2)}${pad(1 + (k % 28), 2)}`;
    const tmt = `${year + 25}${pad(1 + (k % 12), 2)}`;
    const nip = `${birth}${tmt}${p.sex === 'F' ? 2 : 1}${pad(1 + (i % 999), 3)}`;
    const echelon = p.echelon ?? '';
    chunk += `${i + 1};${p.displayName};${nip};${rankGrade ?? `${p.rank} (${p.grade})`};${p.positionOld};${p.positionNew};${echelon};${p.unit}\r\n`;
    if (chunk.length > 1 << 16) {
      await write(chunk);
      chunk = '';
    }
  }
  await write(chunk);
  out.end();
  await once(out, 'finish');
  return out.bytesWritten;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [path = 'roster-1m.csv', rows = '1000000', rankGrade] = process.argv.slice(2);
  const bytes = await writeBigRoster(path, Number(rows), undefined, { rankGrade });
  console.log(`${path}: ${rows} rows, ${(bytes / 1e6).toFixed(1)} MB`);
}
