import * as attachments from '../services/attachments';
import type { AreaHandlers } from './types';

export const attachmentsHandlers: AreaHandlers<'attachments'> = {
  'attachments.get': ({ id }, { ws }) => attachments.getAttachment(ws, id),
  'attachments.download': ({ id }, { ws }) => attachments.downloadAttachment(ws, id),
  'attachments.verify': ({ id }, { ws }) => attachments.verifyAttachment(ws, id),
};
