import type { GreyImage, PdfRule } from '../pdf/page.js';

export type { GreyImage } from '../pdf/page.js';

/** Darker than this is ink: a thin rule scanned grey is about 120-160, paper above 200. */
const INK = 180;
/** Shortest ruling lines, in pixels at 200 dpi scaled: a table's rows are wider, its cells taller, than any glyph. */
const MIN_HORIZONTAL_PT = 90;
const MIN_VERTICAL_PT = 22;
/** Pixels of paper a line may skip (a speck of noise, a break in the toner). */
const GAP = 2;

/**
 * Runs of ink along one line of `length` pixels, gaps of up to `GAP` bridged: each run at least
 * `min` pixels long is handed to `onRun` with its first and last inked pixel.
 */
function inkRuns(
  length: number,
  dark: (t: number) => boolean,
  min: number,
  onRun: (start: number, last: number) => void,
): void {
  let start = -1;
  let last = -1;
  for (let t = 0; t <= length; t++) {
    if (t < length && dark(t)) {
      if (start < 0) start = t;
      last = t;
    } else if (start >= 0 && t - last > GAP) {
      if (last - start >= min) onRun(start, last);
      start = -1;
    }
  }
}

/**
 * Ruling lines drawn in a scan, in the same deskewed point coordinates as the page's OCR'd words:
 * the table reader then splits rows and columns by them exactly as it does for a text PDF's
 * drawing operations. A line is a long run of ink along the page's skew (`slope`, the baselines'
 * dy/dx): sampled along x for horizontals, along y for verticals, within a pixel either side.
 */
export function rasterRules(
  image: GreyImage,
  scale: number,
  slope: number,
): { rules: PdfRule[]; erased: number } {
  const { width, height, grey } = image;
  const ink = (x: number, y: number) => {
    if (x < 0 || y < 0 || x >= width || y >= height) return false;
    const row = y * width;
    return (
      (grey[row + x] ?? 255) < INK ||
      (y > 0 && (grey[row - width + x] ?? 255) < INK) ||
      (y + 1 < height && (grey[row + width + x] ?? 255) < INK)
    );
  };
  const inkAcross = (x: number, y: number) =>
    ink(x, y) || (x > 0 && ink(x - 1, y)) || (x + 1 < width && ink(x + 1, y));
  const rules: PdfRule[] = [];
  const lines: Array<{ horizontal: boolean; at: number; from: number; to: number }> = [];
  const toPage = (x: number, y: number): [number, number] => [
    (x + y * slope) / scale,
    (y - x * slope) / scale,
  ];

  // Horizontals: along each pixel row, following the skew. Verticals: down each column, across it.
  for (let y0 = 0; y0 < height; y0++) {
    const along = (x: number) => Math.round(y0 + x * slope);
    inkRuns(
      width,
      (x) => ink(x, along(x)),
      MIN_HORIZONTAL_PT * scale,
      (start, last) => {
        const [x1, y1] = toPage(start, along(start));
        const [x2] = toPage(last, along(last));
        rules.push({ x1, y1, x2, y2: y1 });
        lines.push({ horizontal: true, at: y0, from: start, to: last });
      },
    );
  }
  for (let x0 = 0; x0 < width; x0++) {
    const along = (y: number) => Math.round(x0 - y * slope);
    inkRuns(
      height,
      (y) => inkAcross(along(y), y),
      MIN_VERTICAL_PT * scale,
      (start, last) => {
        const [x1, y1] = toPage(along(start), start);
        const [, y2] = toPage(along(last), last);
        rules.push({ x1, y1, x2: x1, y2 });
        lines.push({ horizontal: false, at: x0, from: start, to: last });
      },
    );
  }
  // Paper where the lines were: OCR reads a cell's border as `|`, `(` or `l` stuck to its text.
  let erased = 0;
  const paper = (x: number, y: number) => {
    if (x < 0 || y < 0 || x >= width || y >= height) return;
    grey[y * width + x] = 255;
    erased++;
  };
  // A rule is drawn about 0.5-1 pt wide, and blurred by the scan: whiten 0.8 pt either side.
  const band = Math.max(2, Math.round(0.8 * scale));
  for (const line of lines) {
    for (let t = line.from; t <= line.to; t++) {
      for (let d = -band; d <= band; d++) {
        if (line.horizontal) paper(t, Math.round(line.at + t * slope) + d);
        else paper(Math.round(line.at - t * slope) + d, t);
      }
    }
  }
  return { rules: mergeAdjacent(rules), erased };
}

/**
 * The page's skew as dy/dx: the angle (within 2 degrees, in steps of 0.05) at which the rows of ink
 * line up best, i.e. the histogram of ink along that slope has the most contrast. Estimated on a
 * half-size copy; text lines and table rules both pull the same way.
 */
export function skewOf(image: GreyImage): number {
  const { width, height, grey } = image;
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = 0; y < height; y += 2) {
    for (let x = 0; x < width; x += 2) {
      if ((grey[y * width + x] ?? 255) < INK) {
        xs.push(x / 2);
        ys.push(y / 2);
      }
    }
  }
  const rows = Math.ceil(height / 2) + Math.ceil(width / 2);
  const offset = Math.ceil(width / 2);
  let best = 0;
  let bestScore = -1;
  const counts = new Int32Array(rows + offset);
  for (let step = -40; step <= 40; step++) {
    const slope = Math.tan((step * 0.05 * Math.PI) / 180);
    counts.fill(0);
    for (let i = 0; i < xs.length; i++) {
      const row = Math.round((ys[i] ?? 0) - (xs[i] ?? 0) * slope) + offset;
      counts[row] = (counts[row] ?? 0) + 1;
    }
    let score = 0;
    for (const count of counts) score += count * count;
    if (score > bestScore) {
      bestScore = score;
      best = slope;
    }
  }
  return best;
}

/**
 * A line 2-3 pixels thick is found on 2-3 neighbouring pixel rows: keep one, at their middle.
 * Rules are compared by orientation, overlap and a distance under a point.
 */
function mergeAdjacent(rules: PdfRule[]): PdfRule[] {
  const merged: PdfRule[] = [];
  for (const rule of rules) {
    const vertical = rule.x1 === rule.x2;
    const twin = merged.find((other) =>
      vertical
        ? other.x1 === other.x2 &&
          Math.abs(other.x1 - rule.x1) < 1 &&
          other.y1 < rule.y2 &&
          rule.y1 < other.y2
        : other.y1 === other.y2 &&
          Math.abs(other.y1 - rule.y1) < 1 &&
          other.x1 < rule.x2 &&
          rule.x1 < other.x2,
    );
    if (!twin) {
      merged.push({ ...rule });
      continue;
    }
    if (vertical) {
      twin.y1 = Math.min(twin.y1, rule.y1);
      twin.y2 = Math.max(twin.y2, rule.y2);
    } else {
      twin.x1 = Math.min(twin.x1, rule.x1);
      twin.x2 = Math.max(twin.x2, rule.x2);
    }
  }
  return merged;
}
