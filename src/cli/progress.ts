import type { Lang } from '../i18n/lang.js';
import { t } from '../i18n/ui.js';
import { printable } from '../printable.js';

/** Where progress goes: a terminal's standard error. */
export interface ProgressOutput {
  write(text: string): unknown;
  columns?: number;
}

const CLEAR_LINE = '\r\u001b[K';
const REDRAW_MS = 100;

function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const minutes = Math.floor(s / 60);
  return `${Math.floor(minutes / 60) > 0 ? `${Math.floor(minutes / 60)}:` : ''}${String(minutes % 60).padStart(minutes >= 60 ? 2 : 1, '0')}:${String(s % 60).padStart(2, '0')}`;
}

/**
 * One line on a terminal, redrawn in place: files done of total, rate, time left and the file
 * being read. Anything else written to the terminal goes through `around`, which lifts the line
 * first and puts it back after.
 */
export class Progress {
  readonly #out: ProgressOutput;
  readonly #total: number;
  readonly #now: () => number;
  readonly #started: number;
  readonly #lang: Lang;
  #done = 0;
  #current = '';
  #detail = '';
  #shown = false;
  #drawnAt = 0;

  constructor(out: ProgressOutput, total: number, now: () => number = Date.now, lang: Lang = 'en') {
    this.#out = out;
    this.#lang = lang;
    this.#total = total;
    this.#now = now;
    this.#started = now();
  }

  /** Notes a finished file and the next one under way. */
  tick(next: string | undefined): void {
    this.#done++;
    this.#current = next ?? '';
    this.#detail = '';
    if (this.#now() - this.#drawnAt >= REDRAW_MS || this.#done === this.#total) this.#draw();
  }

  /** What the file under way is doing (`scan.pdf: OCR page 3/12`); redrawn at most every 100 ms. */
  detail(text: string): void {
    this.#detail = text;
    if (this.#now() - this.#drawnAt >= REDRAW_MS) this.#draw();
  }

  line(): string {
    const elapsed = (this.#now() - this.#started) / 1000;
    const rate = elapsed > 0 ? this.#done / elapsed : 0;
    const lang = this.#lang;
    const parts = [t(lang, 'progress.files', { done: this.#done, total: this.#total })];
    if (this.#done > 0 && elapsed > 0) {
      parts.push(t(lang, 'progress.rate', { rate: rate.toFixed(rate < 10 ? 1 : 0) }));
      parts.push(t(lang, 'progress.eta', { clock: clock((this.#total - this.#done) / rate) }));
    }
    if (this.#detail) parts.push(this.#detail);
    else if (this.#current) parts.push(this.#current);
    const text = `sk-check: ${printable(parts.join(' · '))}`;
    const width = (this.#out.columns ?? 80) - 1;
    return text.length > width ? `${text.slice(0, width - 1)}…` : text;
  }

  /** Writes other text without tearing the progress line. */
  around(write: () => void): void {
    const shown = this.#shown;
    if (shown) this.clear();
    write();
    if (shown) this.#draw();
  }

  clear(): void {
    if (!this.#shown) return;
    this.#out.write(CLEAR_LINE);
    this.#shown = false;
  }

  #draw(): void {
    this.#drawnAt = this.#now();
    this.#out.write(`${CLEAR_LINE}${this.line()}`);
    this.#shown = true;
  }
}
