/** `source` with every character beyond ASCII written as a `\uXXXX` escape (see ascii-only.mjs). */
export function asciiOnly(source: string): string;
