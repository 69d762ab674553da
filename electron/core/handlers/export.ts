import { exportDefinition, FILE_KINDS, listExports, suggestedFileName } from '../export';
import { assertNotWorkspaceFile, writeFileAtomic } from '../files';
import type { AreaHandlers } from './types';

export const exportHandlers: AreaHandlers<'export'> = {
  'export.list': () => listExports(),
  'export.document': async ({ id, recordId }, { ws, platform }) => {
    const def = exportDefinition(id);
    const today = platform.now();
    const bytes = await def.build(ws, today, recordId);
    const target = await platform.dialogs.chooseSavePath(suggestedFileName(ws, id, today, recordId), FILE_KINDS[def.format]);
    if (!target) return { saved: false, path: null, bytes: 0 };
    assertNotWorkspaceFile(target, ws.path);
    writeFileAtomic(target, bytes);
    return { saved: true, path: target, bytes: bytes.byteLength };
  },
};
