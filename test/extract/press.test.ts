import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citedNumbers, paragraphs } from '../../src/extract/press.js';
import type { Claim, Document } from '../../src/model.js';
import { checkInput } from '../../src/run.js';
import { htmlLines } from '../../src/sources/html.js';

const DIR = 'fixtures/press';
const NAMES = readdirSync(DIR).filter((file) => /\.(?:txt|md|html?)$/.test(file) && file !== 'README.md');
const read = (name: string) => checkInput(join(DIR, name));
const shape = (claim: Claim) =>
  `${claim.qualifier ? `${claim.qualifier} ` : ''}${claim.total}${claim.parts.length ? ` = ${claim.parts.map((p) => `${p.count} ${p.level}`).join(' + ')}` : ''}`;

describe('press fixtures', () => {
  it('kalsel-292.txt: the SK number with its date, and 292 = 200 + 85 + 7; noise and other counts say nothing', async () => {
    const doc = await read('kalsel-292.txt');
    expect(doc).toMatchObject({ kind: 'text', status: 'unverified', findings: [], appointees: [] });
    // A press text alone has no list of people to compare its claim with.
    expect(doc.unverified?.map((u) => u.reason)).toEqual(['no-rows']);
    expect(doc.decree).toMatchObject({ number: '800.1.3.3/05-11/BKD/2026', date: '2026-02-05' });
    expect(doc.claims.map(shape)).toEqual(['292 = 200 III + 85 IV + 7 fungsional']);
  });

  it('banjar-tidak-cocok.md: a figure that does not add up is total-mismatch', async () => {
    const doc = await read('banjar-tidak-cocok.md');
    expect(doc.decree).toMatchObject({ number: '821.2/Kep.97-BKD/XII/2025', date: '2025-12-15' });
    expect(doc.claims.map(shape)).toEqual(['40 = 14 III + 21 IV + 6 fungsional']);
    expect(doc.findings.map((f) => [f.code, f.message])).toEqual([
      ['total-mismatch', 'the claim says 40 in total but its parts add up to 41 (14 + 21 + 6)'],
    ]);
  });

  it('tapin-berita.html: article text only; captions, scripts, links to other stories and comments say nothing, a planned round is set aside', async () => {
    const doc = await read('tapin-berita.html');
    expect(doc.status).toBe('unverified');
    expect(doc.decree).toMatchObject({ number: '800.1.3.3/Kep.15/BKPSDM/2026', date: '2026-01-12' });
    expect(doc.claims.map(shape)).toEqual(['8 = 4 III + 4 fungsional']);
    // `sekitar 100 ASN ... akan dilantik ... Februari mendatang` is planned, not done (issue 16).
    expect(doc.claims[0]?.setAside?.map((c) => [c.count, c.role, c.cue])).toEqual([
      [100, 'proposed', 'akan dilantik'],
    ]);
    expect(doc.findings).toEqual([]);
  });

  it('hss-mutasi.txt: the last part named after adalah is read; counts still to follow are set aside', async () => {
    const doc = await read('hss-mutasi.txt');
    expect(doc.claims.map(shape)).toEqual(['24 = 4 III + 2 fungsional + 18 IV']);
    expect(doc.claims[0]?.setAside?.map((c) => `${c.count} ${c.role}`)).toEqual([
      '6 pending',
      '6 pending',
      '2 other',
    ]);
    expect(doc.findings).toEqual([]);
  });
});

const GOLDEN = 'test/golden/press';

describe.each(NAMES)('golden report of %s', (name) => {
  it('matches the reviewed JSON', async () => {
    const doc: Document = await read(name);
    const file = join(GOLDEN, `${name.replace(/\.\w+$/, '')}.json`);
    if (process.env.UPDATE_GOLDEN) {
      mkdirSync(GOLDEN, { recursive: true });
      writeFileSync(file, `${JSON.stringify(doc, null, 2)}\n`);
    }
    expect(doc).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  });
});

describe('reading text', () => {
  const temp = mkdtempSync(join(tmpdir(), 'sk-press-'));

  it('Windows-1252 text from an old editor reads as such: curly quotes, no encoding finding', async () => {
    const file = join(temp, 'rilis.txt');
    const text =
      '\x93Bupati melantik 12 pejabat yang terdiri dari 7 pejabat pengawas dan 5 pejabat fungsional,\x94 kata Sekda.';
    writeFileSync(file, Buffer.from(text, 'latin1'));
    const doc = await checkInput(file);
    expect(doc.findings).toEqual([]);
    expect(doc.claims.map(shape)).toEqual(['12 = 7 IV + 5 fungsional']);
    expect(doc.claims[0]?.text).toMatch(/^“Bupati .* fungsional,” kata Sekda\.$/);
  });

  it('UTF-8 with a BOM, CRLF lines and a sentence wrapped over lines', async () => {
    const file = join(temp, 'bom.txt');
    writeFileSync(
      file,
      '\ufeffWali Kota melantik 9 pejabat,\r\nyakni 4 pejabat administrator dan\r\n5 pejabat pengawas.\r\n',
    );
    expect((await checkInput(file)).claims.map(shape)).toEqual(['9 = 4 III + 5 IV']);
  });

  it('binary data in a .txt is unreadable', async () => {
    const file = join(temp, 'binary.txt');
    writeFileSync(file, Buffer.from([0x53, 0x4b, 0x00, 0x01, 0x02]));
    const doc = await checkInput(file);
    expect(doc.status).toBe('unreadable');
    expect(doc.findings.map((f) => f.code)).toEqual(['file-unreadable']);
  });
});

describe('page furniture', () => {
  it('HTML: scripts, styles, navigation, captions, asides, footers and comment boxes go; entities are decoded', () => {
    const lines = htmlLines(
      '<html><head><style>p{}</style><script>var a = "<p>x</p>";</script></head><body><nav>Beranda</nav>' +
        '<p>Bupati &amp; Wakil Bupati melantik 5&nbsp;pejabat.<br>Baris kedua</p><figure><img src=a.jpg><figcaption>Foto 9 pejabat</figcaption></figure>' +
        '<div class="related-posts"><p>Lantik 300 pejabat</p></div><aside>Terpopuler</aside><footer>© 2026</footer></body></html>',
    );
    expect(lines).toEqual(['Bupati & Wakil Bupati melantik 5 pejabat.', 'Baris kedua']);
  });

  it('plain text: BACA JUGA, bylines, tags, comment prompts and photo credits are dropped', () => {
    const lines = [
      'Gubernur melantik 12 pejabat (Foto: Humas)',
      'di Banjarbaru.',
      'BACA JUGA: Gubernur Lantik 150 Pejabat',
      'Baca juga: Bupati Lantik 45 Pejabat',
      '- Baca juga: [Lantik 12 Pejabat](https://example.invalid)',
      '',
      'Editor: Rina',
      'Tags: pelantikan',
      'Tinggalkan Balasan',
      '© 2026 Media',
    ];
    expect(paragraphs(lines, false)).toEqual(['Gubernur melantik 12 pejabat di Banjarbaru.']);
  });

  it('Markdown: each table cell is a text of its own', () => {
    expect(
      paragraphs(['| Dari total 292 pejabat | 150 pejabat eselon III |', '| --- | --- |'], false),
    ).toEqual(['Dari total 292 pejabat', '150 pejabat eselon III', '---', '---']);
  });
});

describe('SK numbers cited in prose', () => {
  it.each([
    [
      'Keputusan Nomor 821/0842/KPTS/BKPSDM/2025 tertanggal 20 Oktober 2025 tentang mutasi.',
      [['821/0842/KPTS/BKPSDM/2025', '2025-10-20']],
    ],
    ['SK Gubernur Kalsel Nomor 800.1.3.3/03–02/BKD/2026 dibacakan.', [['800.1.3.3/03-02/BKD/2026', null]]],
    [
      'berdasarkan SK 800.1.3.3/Kep.411/BKPSDM/10/2025 yang ditetapkan pada 1 Oktober 2025',
      [['800.1.3.3/Kep.411/BKPSDM/10/2025', '2025-10-01']],
    ],
    // A date later in the sentence is the event, not the decree's.
    [
      'SK Nomor 821.2/197 Tahun 2020 diserahkan di Banjarbaru, Jumat (6/2/2026).',
      [['821.2/197 Tahun 2020', null]],
    ],
    [
      'SK Nomor 800/12/BKD/2026 tanggal 2 Januari 2026 mencabut SK Nomor 800/99/BKD/2025.',
      [
        ['800/12/BKD/2026', '2026-01-02'],
        ['800/99/BKD/2025', null],
      ],
    ],
    ['Pelantikan pukul 09.00, hubungi 0511/3354 atau Pasal 5 ayat (2).', []],
    [
      'berdasarkan SK Wali Kota Nomor 821.2/77/431.302/2024 tanggal 2 Februari 2024',
      [['821.2/77/431.302/2024', '2024-02-02']],
    ],
    ['Kantor BKPSDM di Jalan A. Yani Nomor 12/A Banjarmasin.', []],
  ])('%s', (text, expected) => {
    expect(citedNumbers(text).map((c) => [c.number.normalized, c.date])).toEqual(expected);
  });

  it('a decree is told from a circular or a technical approval cited before it', () => {
    const text =
      'Merujuk Surat Edaran BKN Nomor 2/SE/2024 dan pertimbangan teknis Nomor 800/45/BKN/2024, Gubernur melantik 64 pejabat berdasarkan Keputusan Gubernur Nomor 800.1.3.3/210/BKD/2024 tanggal 20 Maret 2024.';
    expect(citedNumbers(text).map((c) => [c.number.normalized, c.decree])).toEqual([
      ['2/SE/2024', false],
      ['800/45/BKN/2024', false],
      ['800.1.3.3/210/BKD/2024', true],
    ]);
  });
});
