import { AppError } from '../../../shared/errors';
import type { z } from 'zod';
import type { DocumentSettings, DocumentSettingsUpdate } from '../../../shared/contract/documents';
import type { Workspace } from '../db/open';
import { documentSettings } from '../db/schema';
import { write } from '../db/write';

/** The workspace's classification label and branding, applied to every DOCX, XLSX and PDF. */
export interface Branding {
  classification: string;
  accentColour: string;
  footerText: string;
  paperSize: 'A4' | 'Letter';
  language: string;
  logo: { data: Buffer; mime: 'image/png' | 'image/jpeg' } | null;
}

export const DEFAULT_BRANDING: Branding = { classification: 'Internal', accentColour: '1F4E79', footerText: '', paperSize: 'A4', language: 'en-GB', logo: null };

export function documentSettingsOf(ws: Workspace): Branding {
  const row = ws.db.select().from(documentSettings).get();
  if (!row) return DEFAULT_BRANDING;
  return {
    classification: row.classification,
    accentColour: row.accentColour,
    footerText: row.footerText,
    paperSize: row.paperSize,
    language: row.language,
    logo: row.logo && (row.logoMime === 'image/png' || row.logoMime === 'image/jpeg') ? { data: row.logo, mime: row.logoMime } : null,
  };
}

export function settingsView(ws: Workspace): DocumentSettings {
  const b = documentSettingsOf(ws);
  return { ...b, logo: b.logo ? `data:${b.logo.mime};base64,${b.logo.data.toString('base64')}` : null };
}

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);

export function updateDocumentSettings(ws: Workspace, input: z.output<typeof DocumentSettingsUpdate>): DocumentSettings {
  const { logo, ...fields } = input;
  const change: Partial<typeof documentSettings.$inferInsert> = { ...fields };
  if (logo === null) Object.assign(change, { logo: null, logoMime: null });
  if (logo) {
    const data = Buffer.from(logo.dataBase64, 'base64');
    const magic = logo.mime === 'image/png' ? PNG : JPEG;
    if (!data.subarray(0, magic.length).equals(magic)) {
      const message = `The file is not a ${logo.mime === 'image/png' ? 'PNG' : 'JPEG'} image.`;
      throw new AppError('UNSUPPORTED_FILE', message, { field: 'logo' });
    }
    Object.assign(change, { logo: data, logoMime: logo.mime });
  }
  const row = ws.db.select({ id: documentSettings.id }).from(documentSettings).get();
  write(ws, (w) => {
    if (row) w.update(documentSettings, row.id, change);
    else w.insert(documentSettings, { ...change });
  });
  return settingsView(ws);
}
