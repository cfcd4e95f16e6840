import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkInput } from '../../src/run.js';

/** A roster whose header has two rows, `JABATAN ESELON` over `LAMA` | `BARU`, as offices type it. */
const CSV = [
  'NO,NAMA,NIP,PANGKAT / GOL,JABATAN ESELON,,ESELON,PERTIMBANGAN BAPERJAKAT,',
  ',,,,LAMA,BARU,,NOMOR,TANGGAL',
  '1,"H. AHMAD FAUZI, S.H.",197005122005011002,Pembina (IV/a),Kepala Bidang Anggaran,Sekretaris Dinas Kesehatan,III.a,800/12/BKPSDM,12-01-2026',
  '2,"SITI RAHMAH, S.E.",198001152006042003,Penata Tk. I (III/d),Staf Bidang Anggaran,Kepala Seksi Jalan,IV.a,800/13/BKPSDM,12-01-2026',
].join('\n');

describe('a roster header of two rows', () => {
  it('reads the old post from LAMA and the new one from BARU, and no baperjakat column', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sk-roster-')), 'roster.csv');
    writeFileSync(file, `${CSV}\n`);
    const { appointees, findings } = await checkInput(file);
    expect(appointees.map((a) => [a.positionOld, a.positionNew, a.echelon])).toEqual([
      ['Kepala Bidang Anggaran', 'Sekretaris Dinas Kesehatan', 'III.a'],
      ['Staf Bidang Anggaran', 'Kepala Seksi Jalan', 'IV.a'],
    ]);
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});
