import { AppError } from '../../../shared/errors';
import { buildExport, chooseFormat, exportDefinition, FILE_KINDS, listExports, suggestedFileName } from '../export';
import { samePath, writeFileAtomic } from '../files';
import type { AreaHandlers } from './types';

export const exportHandlers: AreaHandlers<'export'> = {
  'export.list': () => listExports(),
  'export.document': async ({ id, recordId, path, format: asked, variant }, { ws, platform }) => {
    const def = exportDefinition(id);
    const format = chooseFormat(def, path, asked);
    const today = platform.now();
    const options = { variant, recordId };
    const bytes = await buildExport(ws, id, today, format, options);
    const target = path ?? (await platform.dialogs.chooseSavePath(suggestedFileName(ws, id, today, format, options), FILE_KINDS[format]));
    if (!target) return { saved: false, path: null, bytes: 0, format };
    if (!path) chooseFormat(def, target, format); // a name typed in the dialog must match too
    if (samePath(target, ws.path)) throw new AppError('CONFLICT', 'That is the workspace file itself. Choose another name.');
    writeFileAtomic(target, bytes);
    return { saved: true, path: target, bytes: bytes.byteLength, format };
  },
};
