import type { Workspace } from '../db/open';
import { readRaci } from '../services/raci';
import { readRoles } from '../services/roles';
import type { DocumentHeader } from './docx/common';

/** What both RACI exports show; read without adding the shipped roles (an export only reads). */
export function raciData(ws: Workspace, header: DocumentHeader) {
  return { header, matrix: readRaci(ws), roles: readRoles(ws) };
}
