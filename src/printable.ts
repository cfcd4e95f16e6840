/**
 * `text` with every control character (C0 with tab and newline, DEL, C1) shown as `?`. A file name
 * or a cell is data, not terminal commands: an escape sequence in a name must not recolour or clear
 * the terminal, and a newline in one must not forge a line of the report or of stderr.
 */
export function printable(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
}

/** One line for stderr, `sk-check: ...`, printable whatever the names in it hold. */
export function stderrLine(text: string): string {
  return `sk-check: ${printable(text)}\n`;
}
