/**
 * A byte view of UTF-8 text: a string holding the text's bytes one per character (what decoding
 * the bytes as latin1 gives, which costs a copy where decoding 10 MB of UTF-8 with Polish names
 * costs ~100 ms and twice the memory). ASCII (the YAML syntax: newlines, spaces, `-`, `:`, `#`, and
 * ids, whose pattern is ASCII) reads the same in the view as in the text, and the bytes of a
 * multi-byte character are all ≥ 0x80, so they never look like any of it: a scan of lines, a search
 * for an id as a whole word and an id read from an item give the same answers on the view, in byte
 * offsets instead of character offsets. Only what is parsed or shown is turned back into text.
 */

/** Nothing beyond ASCII: a text and its view are the same string. */
const ascii = /^[^\x80-\uffff]*$/;

/** The text a byte view holds (it must hold whole characters: a view cut between lines, items or ASCII characters does). */
export function textOfView(view: string): string {
  if (ascii.test(view)) return view;
  const bytes = new Uint8Array(view.length);
  for (let i = 0; i < view.length; i++) bytes[i] = view.charCodeAt(i);
  return (decoder ??= new TextDecoder('utf-8')).decode(bytes);
}

/** The byte view of a text (its UTF-8 bytes, one per character). */
export function viewOfText(text: string): string {
  if (ascii.test(text)) return text;
  const bytes = (encoder ??= new TextEncoder()).encode(text);
  let view = '';
  // In slices: String.fromCharCode takes its arguments on the stack.
  for (let i = 0; i < bytes.length; i += 8192) view += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return view;
}

/** The length of the text a byte view holds, in UTF-16 units (a text's `length`), without decoding it. */
export function textLengthOfView(view: string): number {
  let length = 0;
  for (let i = 0; i < view.length; i++) {
    const c = view.charCodeAt(i);
    // Continuation bytes add nothing; a 4-byte character is two units.
    if (c < 0x80 || c >= 0xc0) length += c >= 0xf0 ? 2 : 1;
  }
  return length;
}

let decoder: InstanceType<typeof TextDecoder> | undefined;
let encoder: InstanceType<typeof TextEncoder> | undefined;
