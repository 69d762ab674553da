import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The app icon files in resources/ (issue 7, item 6): right formats and sizes, drawn from the one SVG, wired in. */
const ROOT = resolve(import.meta.dirname, '../..');
const file = (name: string) => readFileSync(join(ROOT, 'resources', name));
const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk; fails when the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).equals(PNG_MAGIC)).toBe(true);
  expect(bytes.toString('ascii', 12, 16)).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('app icon files', () => {
  it('icon.png is 512x512 and icon-256.png 256x256, both PNG with an alpha channel', () => {
    for (const [name, size] of [['icon.png', 512], ['icon-256.png', 256]] as const) {
      const bytes = file(name);
      expect(pngSize(bytes)).toEqual({ width: size, height: size });
      expect(bytes.readUInt8(25)).toBe(6); // colour type 6: RGBA
    }
  });

  it('icon.ico holds 16 to 256 px images, each a PNG of the size its directory entry states', () => {
    const ico = file('icon.ico');
    expect(ico.readUInt16LE(0)).toBe(0);
    expect(ico.readUInt16LE(2)).toBe(1); // an icon, not a cursor
    const count = ico.readUInt16LE(4);
    const sizes: number[] = [];
    for (let i = 0; i < count; i++) {
      const at = 6 + 16 * i;
      const size = ico.readUInt8(at) || 256;
      const length = ico.readUInt32LE(at + 8);
      const offset = ico.readUInt32LE(at + 12);
      expect(offset + length).toBeLessThanOrEqual(ico.length);
      expect(pngSize(ico.subarray(offset, offset + length))).toEqual({ width: size, height: size });
      sizes.push(size);
    }
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256]);
  });

  it('icon.icns holds PNG images from 16 to 1024 px under their ICNS types, and its length adds up', () => {
    const icns = file('icon.icns');
    expect(icns.toString('ascii', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const found: Record<string, number> = {};
    for (let at = 8; at < icns.length; ) {
      const type = icns.toString('ascii', at, at + 4);
      const length = icns.readUInt32BE(at + 4);
      expect(length).toBeGreaterThan(8);
      const { width, height } = pngSize(icns.subarray(at + 8, at + length));
      expect(width).toBe(height);
      found[type] = width;
      at += length;
    }
    expect(found).toEqual({ icp4: 16, icp5: 32, icp6: 64, ic07: 128, ic08: 256, ic09: 512, ic10: 1024, ic11: 32, ic12: 64, ic13: 256, ic14: 512 });
  });

  it('every icon file is exactly what npm run icons draws from resources/icon.svg now', () => {
    const check = spawnSync(process.execPath, [join(ROOT, 'scripts/icons.mjs'), '--check'], { encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  it('the window and each installer name an icon file that exists', () => {
    expect(read('electron/main/window.ts')).toMatch(/icon: appIcon\(\)/);
    expect(read('electron/main/paths.ts')).toMatch(/join\(appRoot\(\), 'resources', 'icon\.png'\)/);
    const builder = read('build/electron-builder.yml');
    for (const [platform, name] of [['linux', 'icon.png'], ['mac', 'icon.icns'], ['win', 'icon.ico']]) {
      expect(builder).toMatch(new RegExp(`\\n${platform}:\\n(  .*\\n)*?  icon: resources/${name.replace('.', '\\.')}\\n`));
      expect(existsSync(join(ROOT, 'resources', name))).toBe(true);
    }
    expect(builder).toContain('  - resources/icon.png\n'); // packed, for the window
  });
});

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

describe('npm run dist', () => {
  const runtime = existsSync(join(ROOT, 'node_modules/electron/dist/version'));
  it.skipIf(runtime)('without the Electron runtime, stops with exit 1 and one line saying why (no stack trace)', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/dist.mjs')], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ISMS_DIST_NO_DOWNLOAD: '1' } });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^npm run dist: the Electron runtime is not installed .* no installer can be built on this machine\.$/)]);
  });
});
