/*
 * The name a user gave a file is only ever shown and offered back on download; it is never a path.
 * Still, it travels into headers, Excel cells and the audit trail, so it is cleaned once on the way in.
 */

const MAX_NAME_CHARS = 150;

// Control characters (C0, DEL, C1), bidirectional overrides that can disguise "gpj.exe" as "exe.jpg",
// and invisible zero-width characters.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
const RESERVED = /[<>:"/\\|?*]/g;

/** The lower-case extension of a file name without the dot ('' when there is none). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 || dot === name.length - 1 ? '' : name.slice(dot + 1).toLowerCase();
}

/**
 * A safe display name: NFC, no folder part, no control/bidi/zero-width characters, no characters that
 * Windows forbids, no leading dots, at most 150 characters (the extension kept). '' when nothing is left.
 */
export function sanitizeFileName(raw: string): string {
  const base = raw.normalize('NFC').split(/[/\\]/).pop() ?? '';
  let name = base
    .replace(INVISIBLE, '')
    .replace(RESERVED, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '');
  const chars = [...name];
  if (chars.length > MAX_NAME_CHARS) {
    const extension = extensionOf(name);
    const tail = extension && extension.length <= 10 ? `.${extension}` : '';
    name = chars
      .slice(0, MAX_NAME_CHARS - tail.length)
      .join('')
      .trimEnd()
      .concat(tail);
  }
  return name;
}
