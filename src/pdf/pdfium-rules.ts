import type { PdfRule } from './page.js';
import { apply, type Matrix, multiply, type Point, strokedSegments, thinRectangles } from './pdf-rules.js';
import type { Engine } from './pdfium-engine.js';

/** `FPDFPageObj_GetType` codes. */
const OBJECT = { path: 2, form: 5 } as const;
/** `FPDFPathSegment_GetType` codes. */
const SEGMENT = { line: 0, bezier: 1, move: 2 } as const;

/** Deeper than this, form objects inside form objects are not followed (a loop in a damaged file). */
const MAX_FORM_DEPTH = 12;

/**
 * Ruling lines from the page's path objects, with the semantics of the pdf.js reading: stroked
 * paths give their horizontal and vertical segments, filled ones their thin rectangles (paths both
 * filled and stroked neither). Form objects are followed with their matrix.
 */
export function rulesOf(pdf: Engine, page: number, viewport: Matrix): PdfRule[] {
  const { x } = pdf;
  const rules: PdfRule[] = [];
  const walk = (count: number, object: (index: number) => number, outer: Matrix, depth: number) => {
    for (let i = 0; i < count; i++) {
      const handle = object(i);
      if (!handle) continue;
      const type = x.FPDFPageObj_GetType?.(handle);
      if (type !== OBJECT.path && type !== OBJECT.form) continue;
      const matrix = multiply(outer, matrixOf(pdf, handle));
      if (type === OBJECT.form) {
        if (depth < MAX_FORM_DEPTH) {
          const inner = x.FPDFFormObj_CountObjects?.(handle) ?? 0;
          walk(inner, (index) => x.FPDFFormObj_GetObject?.(handle, index) ?? 0, matrix, depth + 1);
        }
        continue;
      }
      x.FPDFPath_GetDrawMode?.(handle, pdf.scratch, pdf.scratch + 4);
      const filled = (pdf.module.HEAP32[pdf.scratch / 4] ?? 0) !== 0;
      const stroked = (pdf.module.HEAP32[pdf.scratch / 4 + 1] ?? 0) !== 0;
      if (stroked === filled) continue;
      const paths = subpaths(pdf, handle, matrix);
      rules.push(...(stroked ? strokedSegments(paths) : thinRectangles(paths)));
    }
  };
  walk(
    x.FPDFPage_CountObjects?.(page) ?? 0,
    (index) => x.FPDFPage_GetObject?.(page, index) ?? 0,
    viewport,
    0,
  );
  return rules;
}

function matrixOf(pdf: Engine, handle: number): Matrix {
  if (!pdf.x.FPDFPageObj_GetMatrix?.(handle, pdf.scratch)) return [1, 0, 0, 1, 0, 0];
  return Array.from(pdf.module.HEAPF32.subarray(pdf.scratch / 4, pdf.scratch / 4 + 6));
}

/** A path's segments as subpaths of points in page space; of a Bézier curve only its end point, as pdf.js. */
function subpaths(pdf: Engine, path: number, m: Matrix): Point[][] {
  const { x, scratch } = pdf;
  const result: Point[][] = [];
  let current: Point[] = [];
  let bezier = 0;
  const count = x.FPDFPath_CountSegments?.(path) ?? 0;
  for (let i = 0; i < count; i++) {
    const segment = x.FPDFPath_GetPathSegment?.(path, i) ?? 0;
    if (!segment || !x.FPDFPathSegment_GetPoint?.(segment, scratch, scratch + 4)) continue;
    const type = x.FPDFPathSegment_GetType?.(segment);
    const f32 = pdf.module.HEAPF32;
    const point = apply(m, f32[scratch / 4] ?? 0, f32[scratch / 4 + 1] ?? 0);
    if (type === SEGMENT.move) {
      if (current.length > 0) result.push(current);
      current = [point];
      bezier = 0;
    } else if (type === SEGMENT.line) current.push(point);
    else if (type === SEGMENT.bezier && ++bezier % 3 === 0) current.push(point);
    if (x.FPDFPathSegment_GetClose?.(segment) && current[0]) current.push(current[0]);
  }
  if (current.length > 0) result.push(current);
  return result;
}
