import { BUDI, decreeDoc, FAUZI, recordsOf } from './decree-doc.js';
import type { DecreeTable } from './decree-tables.js';

const TEMPLATE_ROW = { ...FAUZI, nameNip: '{valueNama}\nNIP. {valueNip}', positionNew: '[JABATAN]' };
const REAL_TEXT_ROW = {
  ...BUDI,
  nameNip: 'BUDI SANTOSO [sic], S.E.\nNIP. 19800101 200501 1 001',
  positionNew: 'Kepala Subbagian Umum (Pasal 5 ayat (1)), tunjangan Rp 1.250.000 atau US$ 100',
};

/** The pre-signing checks: valid and invalid extracted decrees for each. */
export const PRESIGN_TABLES: Record<string, DecreeTable> = {
  'sk-number-blank': {
    valid: [
      { name: 'a filled number', doc: decreeDoc() },
      { name: 'a two-letter sequence is no placeholder', doc: decreeDoc({ number: '821/XX/BKD/2025' }) },
      {
        name: 'a roster whose number has a hole',
        doc: decreeDoc({ kind: 'csv', number: '188.45/  /BKPP/2016', noParts: true }),
      },
    ],
    invalid: [
      {
        name: 'a blank sequence, in the body and the lampiran block',
        doc: decreeDoc({ number: '188.45/  /BKPP/2016', date: '2016-09-12' }),
        expected: [{}, { page: 3 }],
      },
      {
        name: 'XXX in the body, the lampiran filled',
        doc: decreeDoc({ number: '821/XXX/BKPSDM/2025', block: { numberRaw: '821/0842/BKPSDM/2025' } }),
        expected: [{}],
      },
      {
        name: 'an ellipsis in the lampiran block only',
        doc: decreeDoc({ block: { numberRaw: '800/…/BKD/2026', number: '800/…/BKD/2026' } }),
        expected: [{ page: 3 }],
      },
      {
        name: 'a lampiran printed alone: its number once',
        doc: decreeDoc({ number: '821/___/BKD/2025', body: null }),
        expected: [{}],
      },
    ],
  },

  'date-missing': {
    valid: [
      { name: 'a dated decree', doc: decreeDoc() },
      { name: 'a lampiran printed alone, undated', doc: decreeDoc({ body: null, date: null }) },
      { name: 'a roster', doc: decreeDoc({ kind: 'csv', date: null, noParts: true }) },
    ],
    invalid: [
      { name: 'no pada tanggal', doc: decreeDoc({ body: { dated: false } }), expected: [{ page: 2 }] },
      {
        name: 'pada tanggal ... Februari 2026',
        doc: decreeDoc({ body: { dated: false, blankDay: true } }),
        expected: [{ page: 2 }],
      },
    ],
  },

  'signatory-missing': {
    valid: [
      { name: 'a signed decree', doc: decreeDoc() },
      { name: 'a lampiran printed alone', doc: decreeDoc({ body: null, signatory: null }) },
    ],
    invalid: [{ name: 'no signer', doc: decreeDoc({ signatory: null }), expected: [{ page: 2 }] }],
  },

  'placeholder-left': {
    valid: [
      { name: 'a filled decree', doc: decreeDoc() },
      {
        name: '[sic], Rp, US$ and a legal reference in the rows and the subject',
        doc: decreeDoc({
          records: recordsOf([REAL_TEXT_ROW]),
          subject: 'PENGANGKATAN DALAM JABATAN [sic] SESUAI PASAL 5 AYAT (1)',
        }),
      },
      {
        name: 'a roster (its rows are checked as they stream, not here)',
        doc: decreeDoc({ kind: 'csv', records: recordsOf([TEMPLATE_ROW]), noParts: true }),
      },
    ],
    invalid: [
      {
        name: 'an unfilled petikan row',
        doc: decreeDoc({ records: recordsOf([TEMPLATE_ROW, BUDI]) }),
        expected: [{ page: 3, row: 1, field: 'nameNip' }],
      },
      {
        name: 'decree fields, once',
        doc: decreeDoc({ signatory: '«Nama_Bupati»', subject: '[JUDUL]' }),
        expected: [{ page: 2 }],
      },
      {
        name: 'the body text only',
        doc: decreeDoc({ body: { placeholders: [{ text: '$tanggal', page: 1 }] } }),
        expected: [{ page: 1 }],
      },
    ],
  },
};
