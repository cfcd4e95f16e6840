import { describe, expect, it } from 'vitest';
import { findPlaceholders } from '../../src/domain/placeholder.js';

describe('findPlaceholders', () => {
  it.each([
    ['NIP. {valueNip}', ['{valueNip}']],
    ['{valueNama}, S.H.', ['{valueNama}']],
    ['Sdr. {{nama}} NIP {{ nip }}', ['{{nama}}', '{{ nip }}']],
    ['[NAMA] NIP. [NIP]', ['[NAMA]', '[NIP]']],
    ['[NAMA PEGAWAI] [valueNip]', ['[NAMA PEGAWAI]', '[valueNip]']],
    ['<<NAMA>> dan <<NIP>>', ['<<NAMA>>', '<<NIP>>']],
    ['«Nama_Lengkap» «NIP»', ['«Nama_Lengkap»', '«NIP»']],
    // A template's `${...}` written with a `$` apart, so it reads as no template literal.
    [`Sdr. $nama, NIP ${'$'}{nip}`, ['$nama', `${'$'}{nip}`]],
    ['{valueNama} dan {valueNama}', ['{valueNama}']],
  ])('%j -> %j', (text, expected) => {
    expect(findPlaceholders(text)).toEqual(expected);
  });

  it.each([
    'Pembina (IV/a)',
    'Penata Muda Tk. I (III/a)',
    'sebagaimana tertulis [sic] dalam surat',
    'Pasal 5 ayat (1) huruf a',
    'tunjangan sebesar Rp 1.250.000,00 (satu juta dua ratus lima puluh ribu rupiah)',
    'USD 100 atau US$ 100 atau $100',
    'lihat butir [A] dan [IV]',
    'Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;',
    'kurung kurawal { } kosong, < dan > sebagai tanda',
    '«Kutipan berita», kata Kepala BKD',
    'NOMOR 800.1.3.3/03-02/BKD/2026',
  ])('none in %j', (text) => {
    expect(findPlaceholders(text)).toEqual([]);
  });
});
