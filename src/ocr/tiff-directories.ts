import { SkError } from '../errors.js';
import { say } from '../i18n/said.js';

/** Bytes per value of each TIFF field type. */
const TYPE_SIZE: Record<number, number> = {
  1: 1,
  2: 1,
  3: 2,
  4: 4,
  5: 8,
  6: 1,
  7: 1,
  8: 2,
  9: 4,
  10: 8,
  11: 4,
  12: 8,
  13: 4,
};
/** Tags whose values are offsets of further directories, which utif2 follows: SubIFDs, EXIF, GPS, Fuji. */
const SUB_DIRECTORIES = new Set([330, 34665, 34853, 61440]);

/**
 * Walks a TIFF's image file directories as utif2 would, before it does: utif2 follows each
 * directory's next offset with no memory of where it has been (a 50-byte file whose directory points
 * to itself grows without end), and reads as many values as an entry claims, past the end of the file.
 * So a directory seen twice, or an entry whose values lie outside the file, is refused (an Error, for
 * the caller to call the image unreadable), and more than `max` directories are `limit-exceeded`.
 */
export function checkTiffDirectories(data: Uint8Array, max: number): void {
  if (data.length < 8) return;
  const little = data[0] === 0x49;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const u16 = (at: number) => view.getUint16(at, little);
  const u32 = (at: number) => view.getUint32(at, little);
  const seen = new Set<number>();
  const pending = [u32(4)];
  while (pending.length > 0) {
    let offset = pending.pop() ?? 0;
    while (offset !== 0) {
      if (seen.has(offset)) throw new Error('its image directories form a loop');
      seen.add(offset);
      if (seen.size > max) {
        throw new SkError('limit-exceeded', say('limit-exceeded/image-directories', { max }));
      }
      if (offset + 2 > data.length) throw new Error('an image directory lies past the end of the file');
      const count = u16(offset);
      const end = offset + 2 + count * 12;
      if (end + 4 > data.length) throw new Error('an image directory lies past the end of the file');
      for (let entry = offset + 2; entry < end; entry += 12) {
        const tag = u16(entry);
        const size = (TYPE_SIZE[u16(entry + 2)] ?? 0) * u32(entry + 4);
        const at = size > 4 ? u32(entry + 8) : entry + 8;
        if (at + size > data.length) throw new Error(`the values of tag ${tag} lie past the end of the file`);
        if (!SUB_DIRECTORIES.has(tag) || size === 0) continue;
        for (let k = 0; k + 4 <= size; k += 4) pending.push(u32(at + k));
      }
      offset = u32(end);
    }
  }
}
