import { describe, expect, it } from 'vitest';
import { nameKey, parseName, sexFromTitles } from '../../src/domain/name.js';

describe('parseName', () => {
  it.each([
    ['Dr. Ir. H. Ahmad Ridwan, S.H., M.H.', 'Ahmad Ridwan', ['Dr.', 'Ir.', 'H.'], ['S.H.', 'M.H.']],
    ['Hj. dr. Siti Aminah, Sp.PD', 'Siti Aminah', ['Hj.', 'dr.'], ['Sp.PD']],
    ['dr. Budi Santoso', 'Budi Santoso', ['dr.'], []],
    ['Dr. Budi Santoso, M.Si.', 'Budi Santoso', ['Dr.'], ['M.Si.']],
    ['DR. BUDI SANTOSO, M.SI', 'BUDI SANTOSO', ['Dr.'], ['M.Si.']],
    ['DRS. H. M. RIDWAN, SH, MM', 'M. RIDWAN', ['Drs.', 'H.'], ['S.H.', 'M.M.']],
    ['Dra. Hj. Rahmawati, M.Pd', 'Rahmawati', ['Dra.', 'Hj.'], ['M.Pd.']],
    [
      'Prof. Dr. Ir. Sutarto, M.Sc., Ph.D., IPU, ASEAN Eng.',
      'Sutarto',
      ['Prof.', 'Dr.', 'Ir.'],
      ['M.Sc.', 'Ph.D.', 'IPU', 'ASEAN Eng.'],
    ],
    ['drg. Nurul Hidayah', 'Nurul Hidayah', ['drg.'], []],
    ['DRG. NURUL HIDAYAH', 'NURUL HIDAYAH', ['drg.'], []],
    ['drh. Made Wirawan', 'Made Wirawan', ['drh.'], []],
    ['apt. Lina Marlina, S.Farm.', 'Lina Marlina', ['apt.'], ['S.Farm.']],
    ['Ns. Rina Wati, S.Kep.', 'Rina Wati', ['Ns.'], ['S.Kep.']],
    ['Rina Wati, S.Kep., Ns.', 'Rina Wati', [], ['S.Kep.', 'Ns.']],
    ['K.H. Abdullah Syafii', 'Abdullah Syafii', ['K.H.'], []],
    ['Hj.Siti Rahmah', 'Siti Rahmah', ['Hj.'], []],
    ['Drs.H.Ahmad', 'Ahmad', ['Drs.', 'H.'], []],
    ['HJ SITI RAHMAH', 'SITI RAHMAH', ['Hj.'], []],
    ['Ir Bambang', 'Bambang', ['Ir.'], []],
    ['H. Ahmad', 'Ahmad', ['H.'], []],
    ['H.M. Yusuf, S.Sos', 'M. Yusuf', ['H.'], ['S.Sos.']],
    ['Budi, S.Sos ,M.Pd', 'Budi', [], ['S.Sos.', 'M.Pd.']],
    ['Andi Pratama, S.T.,M.T..M.Sc', 'Andi Pratama', [], ['S.T.', 'M.T.', 'M.Sc.']],
    ['YULIANTI, SE.,MM', 'YULIANTI', [], ['S.E.', 'M.M.']],
    ['Rahmat, S.H. M.H.', 'Rahmat', [], ['S.H.', 'M.H.']],
    ['Rahmat,SH,MH', 'Rahmat', [], ['S.H.', 'M.H.']],
    ['Rahmat , S. Sos', 'Rahmat', [], ['S.Sos.']],
    ['Siti, S.IP., M.A.P.', 'Siti', [], ['S.IP.', 'M.A.P.']],
    ['Siti, S.IP, MAP', 'Siti', [], ['S.IP.', 'M.A.P.']],
    ['Eko, S.STP., M.Si', 'Eko', [], ['S.STP.', 'M.Si.']],
    ['Eko, S.Kom., M.Kom.', 'Eko', [], ['S.Kom.', 'M.Kom.']],
    ['Eko, SKM, M.Kes', 'Eko', [], ['S.K.M.', 'M.Kes.']],
    ['Eko, S.E., Ak., CA', 'Eko', [], ['S.E.', 'Ak.', 'CA']],
    ['Eko, S.E., MBA', 'Eko', [], ['S.E.', 'MBA']],
    ['Eko, A.Md.', 'Eko', [], ['A.Md.']],
    ['Eko, A.Md.Kep', 'Eko', [], ['A.Md.Kep.']],
    ['EKO, AMD.KEP', 'EKO', [], ['A.Md.Kep.']],
    ['Eko, S.Ked., Sp.OG', 'Eko', [], ['S.Ked.', 'Sp.OG']],
    ['Eko, SpPD', 'Eko', [], ['Sp.PD']],
    ['Eko, Sp.An', 'Eko', [], ['Sp.An']],
    ['Eko, S.Hut., M.P.', 'Eko', [], ['S.Hut.', 'M.P.']],
    ['Eko, S.P', 'Eko', [], ['S.P.']],
    ['Eko, S.Psi., M.Ak.', 'Eko', [], ['S.Psi.', 'M.Ak.']],
    ['Eko, S.Pd.I', 'Eko', [], ['S.Pd.I.']],
    ['Eko, SPd', 'Eko', [], ['S.Pd.']],
    ['Eko, S.Pd., Gr.', 'Eko', [], ['S.Pd.', 'Gr.']],
    ['Eko, S.H., Kepala Bidang', 'Eko', [], ['S.H.', 'Kepala Bidang']],
    ['Eko, Spesialis', 'Eko', [], ['Spesialis']],
    ['M. Ridwan', 'M. Ridwan', [], []],
    ['A.R.P Siregar', 'A.R.P Siregar', [], []],
    ['A. Rahman', 'A. Rahman', [], []],
    ['La Ode Muhammad Ali', 'La Ode Muhammad Ali', [], []],
    ['Wa Ode Nurhayati, S.Pd.', 'Wa Ode Nurhayati', [], ['S.Pd.']],
    ['I Made Suarjana', 'I Made Suarjana', [], []],
    ['Ni Luh Putu Ariani', 'Ni Luh Putu Ariani', [], []],
    ['Andi Baso', 'Andi Baso', [], []],
    ['Teuku Rizal', 'Teuku Rizal', [], []],
    ['Cut Nyak Dien', 'Cut Nyak Dien', [], []],
    ['R. Soeprapto', 'R. Soeprapto', [], []],
    ['Ridwan M.', 'Ridwan M.', [], []],
    ['Abdul Rahman Hs.', 'Abdul Rahman Hs.', [], []],
    ['Yusuf Abd., S.Ag', 'Yusuf Abd.', [], ['S.Ag.']],
    ['H', 'H', [], []],
    ['H.', 'H.', [], []],
    ['Dr.', 'Dr.', [], []],
    ['DRAJAT SUPRIYADI', 'DRAJAT SUPRIYADI', [], []],
    ['IRWAN', 'IRWAN', [], []],
    ['PROFITA SARI', 'PROFITA SARI', [], []],
    ['HJALMAR', 'HJALMAR', [], []],
    ['NSIMBA', 'NSIMBA', [], []],
    ['AHMAD RIDWAN,', 'AHMAD RIDWAN', [], []],
    ['AHMAD RIDWAN.', 'AHMAD RIDWAN', [], []],
    ['  Ahmad \n  Ridwan\t, S.H.  ', 'Ahmad Ridwan', [], ['S.H.']],
    ['', '', [], []],
  ])('%j', (raw, name, before, after) => {
    const parsed = parseName(raw);
    expect(parsed).toEqual({ name, titlesBefore: before, titlesAfter: after, raw: raw.trim() });
  });

  it('keeps the raw string trimmed but otherwise untouched', () => {
    expect(parseName('  Dr.  Ahmad\nRidwan , SH  ').raw).toBe('Dr.  Ahmad\nRidwan , SH');
  });

  it('never throws on odd input', () => {
    for (const raw of [
      ',',
      ',,,',
      '..',
      'Dr.,',
      'H.,S.H.',
      '\u0000',
      '🙂, 🙂',
      'Sp.',
      'A.Md',
      '  ,  S.H. ',
    ]) {
      expect(() => parseName(raw)).not.toThrow();
    }
  });
});

describe('nameKey', () => {
  it.each([
    ['MUHAMMAD RIDWAN', 'Muhammad Ridwan'],
    ['  Muhammad   Ridwan ', 'MUHAMMAD RIDWAN'],
    ["Ma'ruf Amin", 'MARUF AMIN'],
    ['Ma’ruf Amin', "MA'RUF AMIN"],
    ['A.R.P Siregar', 'ARP SIREGAR'],
    ['Siti Nur-Aini', 'Siti NurAini'],
    ['Andi\nBaso', 'andi baso'],
    ['Sérgio', 'SERGIO'],
  ])('%j matches %j', (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });

  it.each([
    ['Muhammad Ridwan', 'MUHAMMAD RIDWAN'],
    ["Ma'ruf Amin", 'MARUF AMIN'],
    ['A. Rahman', 'A RAHMAN'],
    ['Budi (Plt.)', 'BUDI PLT'],
    ['', ''],
  ])('%j -> %j', (name, key) => {
    expect(nameKey(name)).toBe(key);
  });

  it('keeps different names apart', () => {
    expect(nameKey('Muhammad Ridwan')).not.toBe(nameKey('Muhammad Ridwan Saleh'));
  });
});

describe('sexFromTitles', () => {
  it.each([
    [['Hj.'], 'F'],
    [['Dra.'], 'F'],
    [['Hj.', 'Dra.'], 'F'],
    [['Hj.', 'dr.'], 'F'],
    [['H.'], 'M'],
    [['Drs.'], 'M'],
    [['Dr.', 'Ir.', 'H.'], 'M'],
    [['K.H.'], 'M'],
    [['HJ.'], 'F'],
    [['DRS.'], 'M'],
    [['Hj.', 'Drs.'], null],
    [['H.', 'Dra.'], null],
    [['Dr.', 'Ir.'], null],
    [['dr.'], null],
    [[], null],
  ] as const)('%j -> %s', (titles, sex) => {
    expect(sexFromTitles(titles)).toBe(sex);
  });

  it('agrees with parseName', () => {
    expect(sexFromTitles(parseName('Dra. Hj. Rahmawati, M.Pd').titlesBefore)).toBe('F');
    expect(sexFromTitles(parseName('DRS. H. M. RIDWAN, SH, MM').titlesBefore)).toBe('M');
  });
});

describe('robustness', () => {
  it('never throws and keeps raw trimmed on generated strings', () => {
    const alphabet = [
      'Dr.',
      'dr.',
      'H.',
      'Hj',
      ' ',
      ',',
      '.',
      'S.H',
      'Sp',
      'A.Md',
      'Budi',
      'M',
      '\n',
      ';',
      '..',
    ];
    let seed = 11;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    for (let n = 0; n < 3000; n++) {
      let raw = '';
      const length = next() % 12;
      for (let i = 0; i < length; i++) raw += alphabet[next() % alphabet.length];
      const parsed = parseName(raw);
      expect(parsed.raw).toBe(raw.trim());
      expect(parsed.name).not.toMatch(/\s\s|^\s|\s$/);
      expect(nameKey(nameKey(raw))).toBe(nameKey(raw));
      expect(() => sexFromTitles(parsed.titlesBefore)).not.toThrow();
    }
  });
});
