import { chooseFormat, exportDefinition, exportModel, FILE_KINDS, listExports, renderExport, suggestedFileName } from '../export';
import { assertNotWorkspaceFile, writeFileAtomic } from '../files';
import type { AreaHandlers } from './types';

export const exportHandlers: AreaHandlers<'export'> = {
  'export.list': () => listExports(),
  'export.document': async ({ id, recordId, format: asked, variant }, { ws, platform }) => {
    const def = exportDefinition(id);
    const today = platform.now();
    const options = { variant, recordId };
    const offered = chooseFormat(def, undefined, asked);
    // Read first: a missing or unpublished policy is refused before any dialog opens.
    const model = exportModel(ws, id, today, options);
    const target = await platform.dialogs.chooseSavePath(suggestedFileName(ws, id, today, offered, options), FILE_KINDS[offered]);
    if (!target) return { saved: false, path: null, bytes: 0, format: offered };
    assertNotWorkspaceFile(target, ws.path);
    // The chosen name decides the format when none was asked for; a name that does not match is refused (issue #8).
    const format = chooseFormat(def, target, asked);
    const bytes = await renderExport(model, format);
    writeFileAtomic(target, bytes);
    return { saved: true, path: target, bytes: bytes.byteLength, format };
  },
};
