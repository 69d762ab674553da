import { AppError } from '../../../shared/errors';
import { exportDefinition, FILE_KINDS, listExports, suggestedFileName } from '../export';
import { samePath, writeFileAtomic } from '../files';
import type { AreaHandlers } from './types';

export const exportHandlers: AreaHandlers<'export'> = {
  'export.list': () => listExports(),
  'export.document': async ({ id, recordId, path }, { ws, platform }) => {
    const def = exportDefinition(id);
    const today = platform.now();
    const bytes = await def.build(ws, today, recordId);
    const target = path ?? (await platform.dialogs.chooseSavePath(suggestedFileName(ws, id, today, recordId), FILE_KINDS[def.format]));
    if (!target) return { saved: false, path: null, bytes: 0 };
    if (samePath(target, ws.path)) throw new AppError('CONFLICT', 'That is the workspace file itself. Choose another name.');
    writeFileAtomic(target, bytes);
    return { saved: true, path: target, bytes: bytes.byteLength };
  },
};
