import { matchNumberWords } from '../domain/number-words.js';
import type { SetAsideCount } from '../model.js';

/**
 * What a head count in a news sentence is about. Only `appointed` (sworn in, appointed, moved) makes
 * a claim; newsrooms put other counts beside it: people proposed or still waiting for BKN's technical
 * approval, vacant posts, earlier rounds, retirements, the women among the appointees.
 */
export type CountRole = 'appointed' | SetAsideCount['role'];

/** The role of a count and the words that gave it (`menunggu`), or `neutral` when nothing says. */
export interface RoleRead {
  role: CountRole | 'neutral';
  cue: string | null;
}

type Cue = readonly [RegExp, CountRole];

const w = (source: string) => new RegExp(`(?<!\\p{L})(?:${source})(?!\\p{L})`, 'giu');

const VACANT = w('lowong|kekosongan|kosong|belum\\s+terisi|tidak\\s+terisi');

/** Words that decide a count's role when they stand nearest to it in its clause. */
const CLAUSE_CUES: readonly Cue[] = [
  [
    w(
      'belum\\s+(?:di)?lantik|belum\\s+(?:bisa|dapat|sempat)\\s+\\p{L}+|(?<!akan\\s)(?:di)?lantik\\s+menyusul|menyusul(?!\\s+[\\p{L}\\p{N}])|menyusul\\s+(?:di)?lantik|belum\\s+(?:mendapat|menerima|memperoleh|keluar|turun|terbit)|(?:masih\\s+)?menunggu|tertunda|ditunda|masih\\s+(?:dalam\\s+)?(?:di)?proses',
    ),
    'pending',
  ],
  [
    w(
      '(?:diusulkan|mengusulkan|usulan|usul)(?:\\s+(?:mutasi|rotasi|promosi|pelantikan|pengangkatan))?|diajukan|mengajukan|pengajuan|akan\\s+(?:segera\\s+)?(?:di)?lantik|dijadwalkan|rencananya|direncanakan',
    ),
    'proposed',
  ],
  [VACANT, 'vacant'],
  [
    w(
      'batal\\s+(?:di)?\\p{L}+|tidak\\s+jadi\\s+(?:di)?\\p{L}+|kenaikan\\s+pangkat|naik\\s+pangkat|tidak\\s+(?:jadi\\s+)?(?:di)?lantik|batal|pensiun|purna\\s?tugas|diberhentikan|pemberhentian|dinonjobkan|non-?job|meninggal(?:\\s+dunia)?|mengundurkan\\s+diri|berusia|usia|umur|perempuan|laki-laki|wanita|pria|termuda|tertua|termasuk|memiliki|mempunyai|membutuhkan|dibutuhkan|kebutuhan|kekurangan|disetarakan|penyetaraan|pelamar|pendaftar',
    ),
    'other',
  ],
];

const APPOINTED = w(
  'lantik|melantik|dilantik|pelantikan|mengangkat|diangkat|pengangkatan|mutasi|dimutasi|rotasi|dirotasi|merotasi|promosi|dipromosikan|dikukuhkan|pengukuhan|(?:di|meng)ambil\\s+sumpah\\p{L}*|sumpah\\p{L}*|menerima\\s+sk|sk|keputusan|menduduki|jabatan\\s+baru',
);
// Nouns, not verbs: `Pelantikan 30 pejabat ... ditunda`, `tercantum dalam keputusan ... akan dilantik`.
const WEAK =
  /^(?:pelantikan|pengangkatan|mutasi|rotasi|promosi|pengukuhan|sumpah\p{L}*|sk|keputusan|jabatan\s+baru)$/iu;

/** Earlier rounds and running totals; they govern the whole clause around a verb of appointing. */
const PREVIOUS = w(
  '(?:pelantikan|gelombang|tahap|periode)\\s+(?:sebelumnya|lalu|terdahulu)|(?:tahun|bulan|pekan|minggu|periode)\\s+(?:lalu|sebelumnya|kemarin)|(?:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)\\s+(?:\\d{4}\\s+)?lalu|silam|sebelumnya\\s*,|sepanjang|sejauh\\s+ini|hingga\\s+(?:kini|saat\\s+ini)|sampai\\s+(?:kini|saat\\s+ini)|total\\s+sudah|(?:total|jumlah)\\s+sejak|sejak\\s+(?:awal\\s+)?\\p{L}+(?:\\s+\\d{4})?\\s+(?:sudah|telah)|secara\\s+kumulatif|kumulatif',
);
const NOW = w('hari\\s+ini|pagi\\s+ini|siang\\s+ini|sore\\s+ini|malam\\s+ini|kali\\s+ini|tadi');
// A number followed by one of these counts posts or formations, not people.
const POSTS_AFTER = /^\s*(?:orang\s+)?(?:jabatan|posisi|formasi|kursi|lowongan)(?!\p{L})/iu;

/** Where a clause (`,` `;` `:` brackets, `sementara`, `karena` ...) or a segment (`;`, `sementara` ...) breaks. */
const CLAUSE_BREAK =
  /[,;:()]|(?<!\p{L})(?:sementara|sedangkan|namun|tetapi|tapi|adapun|karena|sehingga|(?<!lantik\s)menyusul(?=\s+[\p{L}\p{N}])|setelah)(?!\p{L})/giu;
const SEGMENT_BREAK = /;|(?<!\p{L})(?:sementara|sedangkan|namun|tetapi|adapun)(?!\p{L})/giu;

function around(text: string, breaks: RegExp, start: number, end: number): [number, number] {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(breaks)) {
    if (m.index + m[0].length <= start) from = m.index + m[0].length;
    else if (m.index >= end) {
      to = m.index;
      break;
    }
  }
  return [from, to];
}

const WINDOW = 400;
const REST = /(?<!\p{L})(?:lainnya|sisanya)(?!\p{L})/iu;

/** `Mutasi 24 Pejabat, Enam Lainnya Menyusul`: a cue after another count of the rest is about the rest. */
function aboutTheRest(sentence: string, end: number, hit: Hit): boolean {
  if (hit.at <= end) return false;
  const between = sentence.slice(end, hit.at);
  return REST.test(between) && (/\d/.test(between) || matchNumberWords(between) !== null);
}

// Words that undo an appointing word of their clause (`Mutasi terhadap tiga pejabat lainnya batal dilakukan`).
const UNDOES =
  /^(?:belum\s+(?:bisa|dapat|sempat|(?:di)?lantik)|tidak\s+jadi|batal|tertunda|ditunda|(?:di)?lantik\s+menyusul)/iu;

interface Hit {
  role: CountRole;
  cue: string;
  distance: number;
  at: number;
}

/** Cues in text[from, to), nearest to the count first; appointing words inside another cue (`belum dilantik`) do not count. */
function hits(text: string, from: number, to: number, start: number, end: number): Hit[] {
  const piece = text.slice(from, to);
  const found: (Hit & { until: number })[] = [];
  const distance = (at: number, until: number) => (until <= start ? start - until : at >= end ? at - end : 0);
  for (const [re, role] of CLAUSE_CUES) {
    for (const m of piece.matchAll(re)) {
      const at = from + m.index;
      const until = at + m[0].length;
      if (until > start && at < end) continue;
      found.push({ role, cue: m[0], at, until, distance: distance(at, until) });
    }
  }
  for (const m of piece.matchAll(APPOINTED)) {
    const at = from + m.index;
    const until = at + m[0].length;
    if (found.some((hit) => at < hit.until && until > hit.at) || (until > start && at < end)) continue;
    found.push({ role: 'appointed', cue: m[0], at, until, distance: distance(at, until) });
  }
  // On a tie the other role wins: `18 dilantik dan 3 menunggu` is split by its clauses anyway.
  return found.sort(
    (a, b) => a.distance - b.distance || Number(a.role === 'appointed') - Number(b.role === 'appointed'),
  );
}

/**
 * The role of the count at [start, end) in a sentence: an earlier round named anywhere in its segment
 * wins unless the clause says `hari ini` (or the count is pending or proposed); else the cue nearest
 * to it in its clause decides, and a clause with no cue takes its segment's.
 */
export function roleOf(text: string, at: number, until: number): RoleRead {
  // A clause is short; a window keeps a run-on "sentence" of a malformed page linear.
  const from = Math.max(0, at - WINDOW);
  const sentence = text.slice(from, until + WINDOW);
  const start = at - from;
  const end = until - from;
  const [clauseFrom, clauseTo] = around(sentence, CLAUSE_BREAK, start, end);
  const posts = POSTS_AFTER.exec(sentence.slice(end))?.[0].trim();
  if (posts !== undefined) {
    // `6 jabatan yang lowong`: posts, and vacant ones.
    const vacant = sentence.slice(clauseFrom, clauseTo).match(VACANT)?.[0];
    return vacant === undefined ? { role: 'posts', cue: posts } : { role: 'vacant', cue: vacant };
  }
  const [segmentFrom, segmentTo] = around(sentence, SEGMENT_BREAK, start, end);
  const clauseHits = hits(sentence, clauseFrom, clauseTo, start, end);
  const undone = clauseHits.find((hit) => hit.role !== 'appointed' && UNDOES.test(hit.cue));
  const nearest = clauseHits[0]?.role === 'appointed' ? (undone ?? clauseHits[0]) : clauseHits[0];
  const clause = sentence.slice(clauseFrom, clauseTo);
  const previous = sentence.slice(segmentFrom, segmentTo).match(PREVIOUS)?.[0];
  // `penyetaraan tahap pertama tahun lalu ... 210 pejabat`: the time governs the other words.
  if (
    previous !== undefined &&
    clause.search(NOW) < 0 &&
    nearest?.role !== 'pending' &&
    nearest?.role !== 'proposed'
  )
    return { role: 'previous', cue: previous };
  if (nearest && nearest.role !== 'appointed') return { role: nearest.role, cue: nearest.cue };
  if (nearest) {
    // Only a noun names the appointing here: a pending or planned round in the segment outweighs it.
    const later = hits(sentence, segmentFrom, segmentTo, start, end).find(
      (hit) => (hit.role === 'pending' || hit.role === 'proposed') && !aboutTheRest(sentence, end, hit),
    );
    const weakOnly = clauseHits.every((hit) => hit.role !== 'appointed' || WEAK.test(hit.cue));
    if (weakOnly && later && sentence.slice(segmentFrom, segmentTo).search(NOW) < 0)
      return { role: later.role, cue: later.cue };
    return { role: 'appointed', cue: nearest.cue };
  }
  const wider = hits(sentence, segmentFrom, segmentTo, start, end)[0];
  return wider ? { role: wider.role, cue: wider.cue } : { role: 'neutral', cue: null };
}
