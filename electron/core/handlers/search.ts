import { searchRecords } from '../services/search';
import type { AreaHandlers } from './types';

export const searchHandlers: AreaHandlers<'search'> = {
  'search.query': (q, { ws }) => searchRecords(ws, q),
};
