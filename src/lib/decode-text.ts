/**
 * Text files as people export them: UTF-8 with or without a byte order mark,
 * or Windows-1252 (what Excel writes on Windows) when the bytes are not valid
 * UTF-8. A charset named by the sender wins. Runs in Node and in browsers.
 */
export function decodeText(bytes: Uint8Array, charset?: string | null): string {
  if (charset && /^(windows-1252|cp1252|x-cp1252)$/i.test(charset)) return decodeWindows1252(bytes);
  if (charset) {
    try {
      return new TextDecoder(charset).decode(bytes);
    } catch {
      // An unknown label: fall back to detection.
    }
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

// Bytes 0x80-0x9F; the rest of Windows-1252 is Latin-1. Node's own decoder
// (20.x) reads this range as Latin-1 control characters, so it is spelled out.
const HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

export function decodeWindows1252(bytes: Uint8Array): string {
  let text = "";
  for (const byte of bytes) {
    text += byte >= 0x80 && byte <= 0x9f ? HIGH[byte - 0x80] : String.fromCharCode(byte);
  }
  return text;
}
