/**
 * File names that come from outside (an uploaded evidence file, issue 10 item 10) made safe to
 * show and to save on any operating system: a name, never a place; no control or bidirectional
 * override characters (U+202E makes "exe.txt" read as "txt.exe"); none of the characters Windows
 * refuses; no leading dots (hidden files, "..") or trailing dots and spaces (Windows drops them);
 * and not a Windows device name (CON, NUL, COM1...), with or without an extension.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
const WINDOWS_FORBIDDEN = /[<>:"|?*]/g;
const DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)(\..*)?$/i;
const MAX_LENGTH = 200;

export function safeFileName(raw: string, fallback = 'file'): string {
  const lastSegment = raw.split(/[\\/]/).pop() ?? '';
  let name = lastSegment
    .normalize('NFC')
    .replace(CONTROL, '')
    .replace(INVISIBLE, '')
    .replace(WINDOWS_FORBIDDEN, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '');
  if (DEVICE.test(name)) name = `_${name}`;
  if (name.length > MAX_LENGTH) {
    const dot = name.lastIndexOf('.');
    const ext = dot > 0 && name.length - dot <= 16 ? name.slice(dot) : '';
    name = name.slice(0, MAX_LENGTH - ext.length).replace(/[.\s]+$/, '') + ext;
  }
  return name || fallback;
}
