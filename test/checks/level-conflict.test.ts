import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/checks/run-checks.js';
import type { Level } from '../../src/domain/level.js';
import { buildAppointee } from '../../src/extract/appointee.js';
import type { RowCells } from '../../src/extract/columns.js';
import { docOf, project } from '../helpers.js';

const PERSON: RowCells = {
  name: 'FAUZI RAHMAN, S.E.',
  nip: '197005121995031002',
  rankGrade: 'Pembina (IV/a)',
};

/** Rows read under a band or section of `band`, as the attachment reader builds them. */
function underBand(posts: readonly string[], band: Level) {
  const doc = docOf([]);
  doc.records = posts.map((post, i) =>
    buildAppointee({ ...PERSON, positionNew: post }, i + 1, { sectionLevel: band }),
  );
  return doc;
}

describe('level-conflict: a band and a post suffix that disagree', () => {
  it('takes the suffix and warns, once per row that disagrees', () => {
    const doc = underBand(
      ['KEPALA BAGIAN UMUM PADA SEKRETARIAT DAERAH / III B', 'KEPALA SUB BAGIAN UMUM / IV A'],
      'IV',
    );
    expect(doc.records.map((r) => [r.appointee.level, r.appointee.echelon])).toEqual([
      ['III', 'III.b'],
      ['IV', 'IV.a'],
    ]);
    const findings = runChecks(doc).filter((f) => f.code === 'level-conflict');
    expect(project(findings, ['row', 'field', 'severity', 'message'])).toEqual([
      {
        row: 1,
        field: 'echelon',
        severity: 'warning',
        message:
          "the post ends in echelon III.b (eselon III), the band or section above says eselon IV: counted at the post's own",
      },
    ]);
  });

  it('says nothing when they agree, or without a band', () => {
    expect(runChecks(underBand(['KEPALA SEKSI JALAN / IV A'], 'IV')).map((f) => f.code)).not.toContain(
      'level-conflict',
    );
    const alone = docOf([{ ...PERSON, positionNew: 'KEPALA BAGIAN UMUM / III B' }]);
    expect(runChecks(alone).map((f) => f.code)).not.toContain('level-conflict');
  });
});
