// UTF-8 with a few bytes that are not: a UTF-8 article into which text in another encoding was
// pasted (a Windows-1252 curly quote, 0x93), or whose last character was cut. Decoding the whole
// file as Windows-1252 would garble every other accented letter ("Bürgerin" -> "BÃ¼rgerin");
// here the valid UTF-8 stays UTF-8 and only the stray bytes go through a single-byte decoder.

/** Length of the well-formed UTF-8 sequence starting at i (1 for ASCII), or 0 when none starts there. */
export function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  if (b < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => i + k < bytes.length && bytes[i + k] >= lo && bytes[i + k] <= hi;
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    // No overlong forms (E0 A0..), no surrogates (ED ..9F).
    const second = b === 0xe0 ? cont(1, 0xa0) : b === 0xed ? cont(1, 0x80, 0x9f) : cont(1);
    return second && cont(2) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const second = b === 0xf0 ? cont(1, 0x90) : b === 0xf4 ? cont(1, 0x80, 0x8f) : cont(1);
    return second && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/** How many well-formed multi-byte sequences the bytes hold, and how many bytes start none. */
export function utf8Census(bytes: Uint8Array): { multiByte: number; invalid: number } {
  let multiByte = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; ) {
    const n = utf8SequenceLength(bytes, i);
    if (n === 0) {
      invalid++;
      i++;
    } else {
      if (n > 1) multiByte++;
      i += n;
    }
  }
  return { multiByte, invalid };
}

/** The bytes as UTF-8, each byte that starts no well-formed sequence decoded by `single` instead. */
export function decodeMixedUtf8(bytes: Uint8Array, single: (bytes: Uint8Array) => string): string {
  const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
  const parts: string[] = [];
  let runStart = 0;
  for (let i = 0; i < bytes.length; ) {
    const n = utf8SequenceLength(bytes, i);
    if (n > 0) {
      i += n;
      continue;
    }
    let end = i + 1;
    while (end < bytes.length && utf8SequenceLength(bytes, end) === 0) end++;
    parts.push(utf8.decode(bytes.subarray(runStart, i)), single(bytes.subarray(i, end)));
    runStart = i = end;
  }
  parts.push(utf8.decode(bytes.subarray(runStart)));
  return parts.join('');
}
