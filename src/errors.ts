/**
 * The tool itself cannot go on with an input (or at all). Bad data inside a readable input is a
 * finding instead; an SkError becomes a finding with `code` on an unreadable document.
 */
export class SkError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly context: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'SkError';
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
