/** The PDFium WebAssembly instance as sk-check calls it (types only: pdfium.ts and its rule reader share them). */

export type Fn = (...args: number[]) => number;

/** The Emscripten module: its raw exports and its memory (views are replaced when memory grows). */
export interface Module {
  wasmExports: Record<string, Fn>;
  HEAPU8: Uint8Array;
  HEAP32: Int32Array;
  HEAPF32: Float32Array;
  HEAPF64: Float64Array;
}

/** One PDFium instance of this thread. */
export interface Engine {
  module: Module;
  /** Raw exports: the package's wrappers check every argument, which doubled the cost of a page. */
  x: Record<string, Fn>;
  /** 64 bytes for out-parameters (rectangles, matrices, points). */
  scratch: number;
  /** Set when the module aborted: nothing may call into it again, not even to close a document. */
  dead: boolean;
}
