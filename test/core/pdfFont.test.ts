import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openHarness, type Harness } from './helpers';
import { FONT_FILES, pdfFonts } from '../../electron/core/export/render/fonts';

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

let h: Harness;
beforeEach(async () => void (h = await openHarness('Łódź Żurawie Sp. z o.o.')));
afterEach(() => h.cleanup());

/** Text that pdfkit's built-in Helvetica printed as '?' (issue 8): Polish, German, Greek, arrows and signs. */
const SAMPLES = ['Zażółć gęślą jaźń', 'Straße, Größe, Übermaß', 'Ελληνικά: αβγδ ΩΣ', 'Backup → restore ≥ 3 ≤ 5 ≠ 0', 'Łukasz Wiśniewski'];

describe('PDF text in the embedded font', () => {
  it('ships Liberation Sans with its licence in resources/fonts', () => {
    for (const file of Object.values(FONT_FILES)) expect(existsSync(join('resources/fonts', file)), file).toBe(true);
    expect(existsSync('resources/fonts/LICENSE-LiberationSans.txt')).toBe(true);
    expect(pdfFonts()).not.toBeNull();
  });

  it.skipIf(!has('pdftotext') || !has('pdffonts'))('Polish, German, Greek, arrows and signs read back exactly, regular and bold, with the font embedded', async () => {
    const owner = await h.client.call('people.create', { name: SAMPLES[4] });
    await h.client.call('context.create', { title: SAMPLES[0], description: SAMPLES[1], kind: 'internal', category: 'culture', swot: 'strength', effect: `${SAMPLES[2]}. ${SAMPLES[3]}`, ownerId: owner.id });
    const path = join(h.dir, 'issues.pdf');
    await h.client.call('export.document', { id: 'context-register', path });
    // Table cells wrap: compare with runs of white space made one space.
    const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const s of [...SAMPLES, 'Łódź Żurawie Sp. z o.o.']) expect(text, s).toContain(s);
    expect(text).not.toMatch(/\?{2,}/);
    const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' });
    // Subset-embedded (the "yes" columns) in regular and bold; no unembedded Helvetica left.
    expect(fonts).toMatch(/LiberationSans\s.*yes\s+yes/);
    expect(fonts).toMatch(/LiberationSans-Bold\s.*yes\s+yes/);
    expect(fonts).not.toContain('Helvetica');
  });
});
