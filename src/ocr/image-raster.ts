import type { GreyImage } from '../pdf/page.js';

/**
 * The raster turned upright as its EXIF orientation (1-8) says a viewer shows it: a phone stores
 * a photo as the sensor saw it and records how it was held.
 */
export function orient(image: GreyImage, orientation: number): GreyImage {
  if (orientation <= 1 || orientation > 8) return image;
  const { width, height, grey } = image;
  const sideways = orientation >= 5;
  const outWidth = sideways ? height : width;
  const outHeight = sideways ? width : height;
  const out = new Uint8Array(grey.length);
  for (let y = 0; y < outHeight; y++) {
    for (let x = 0; x < outWidth; x++) {
      // Where the shown pixel (x, y) is stored.
      let sx = x;
      let sy = y;
      switch (orientation) {
        case 2:
          sx = width - 1 - x;
          break;
        case 3:
          sx = width - 1 - x;
          sy = height - 1 - y;
          break;
        case 4:
          sy = height - 1 - y;
          break;
        case 5:
          sx = y;
          sy = x;
          break;
        case 6:
          sx = y;
          sy = height - 1 - x;
          break;
        case 7:
          sx = width - 1 - y;
          sy = height - 1 - x;
          break;
        case 8:
          sx = width - 1 - y;
          sy = x;
          break;
      }
      out[y * outWidth + x] = grey[sy * width + sx] ?? 255;
    }
  }
  return { width: outWidth, height: outHeight, grey: out };
}

/** Each `factor` x `factor` block of pixels averaged into one. */
export function shrinkTo(image: GreyImage, factor: number): GreyImage {
  if (factor <= 1) return image;
  const { width, height, grey } = image;
  const outWidth = Math.max(1, Math.floor(width / factor));
  const outHeight = Math.max(1, Math.floor(height / factor));
  const out = new Uint8Array(outWidth * outHeight);
  const area = factor * factor;
  for (let y = 0; y < outHeight; y++) {
    for (let x = 0; x < outWidth; x++) {
      let sum = 0;
      for (let dy = 0; dy < factor; dy++) {
        const row = (y * factor + dy) * width + x * factor;
        for (let dx = 0; dx < factor; dx++) sum += grey[row + dx] ?? 255;
      }
      out[y * outWidth + x] = Math.round(sum / area);
    }
  }
  return { width: outWidth, height: outHeight, grey: out };
}

/** Side of the blocks whose paper brightness is measured: larger than a glyph, smaller than a shadow. */
const BLOCK = 48;

/**
 * Uneven light evened out: each pixel divided by the brightness of the paper around it (the
 * brightest tenth of its block's pixels, interpolated between block centres). A photo lit from one side is white paper and dark ink all over, as a
 * scan is, so the ink threshold of raster-rules.ts and the engine's own binarization hold.
 */
export function flattenLight(image: GreyImage): GreyImage {
  const { width, height, grey } = image;
  const columns = Math.ceil(width / BLOCK);
  const rows = Math.ceil(height / BLOCK);
  const paper = new Float32Array(columns * rows);
  const histogram = new Uint32Array(256);
  for (let by = 0; by < rows; by++) {
    for (let bx = 0; bx < columns; bx++) {
      histogram.fill(0);
      let count = 0;
      for (let y = by * BLOCK; y < Math.min(height, (by + 1) * BLOCK); y++) {
        for (let x = bx * BLOCK; x < Math.min(width, (bx + 1) * BLOCK); x++) {
          histogram[grey[y * width + x] ?? 255] = (histogram[grey[y * width + x] ?? 255] ?? 0) + 1;
          count++;
        }
      }
      let seen = 0;
      let level = 255;
      while (level > 0 && seen + (histogram[level] ?? 0) < count * 0.1) seen += histogram[level--] ?? 0;
      paper[by * columns + bx] = level;
    }
  }
  // A block filled by a heading or a stamp has no paper of its own (much darker than the brightest
  // around it): it takes its neighbours' paper. A block merely in shadow keeps its own.
  const light = new Float32Array(paper.length);
  for (let by = 0; by < rows; by++) {
    for (let bx = 0; bx < columns; bx++) {
      let best = 0;
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const x = bx + dx;
          const y = by + dy;
          if (x >= 0 && y >= 0 && x < columns && y < rows) best = Math.max(best, paper[y * columns + x] ?? 0);
        }
      }
      const own = paper[by * columns + bx] ?? 0;
      light[by * columns + bx] = Math.max(own < best * 0.8 ? best : own, 32);
    }
  }
  const out = new Uint8Array(grey.length);
  const at = (bx: number, by: number) =>
    light[Math.min(rows - 1, Math.max(0, by)) * columns + Math.min(columns - 1, Math.max(0, bx))] ?? 255;
  for (let y = 0; y < height; y++) {
    const fy = y / BLOCK - 0.5;
    const by = Math.floor(fy);
    const ty = fy - by;
    for (let x = 0; x < width; x++) {
      const fx = x / BLOCK - 0.5;
      const bx = Math.floor(fx);
      const tx = fx - bx;
      const background =
        (at(bx, by) * (1 - tx) + at(bx + 1, by) * tx) * (1 - ty) +
        (at(bx, by + 1) * (1 - tx) + at(bx + 1, by + 1) * tx) * ty;
      out[y * width + x] = Math.min(255, Math.round(((grey[y * width + x] ?? 255) * 255) / background));
    }
  }
  return { width, height, grey: out };
}
