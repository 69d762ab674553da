/** Events the main process pushes to the renderer on the event channel. */
export type AppEvent =
  | { type: 'workspace-changed' }
  | { type: 'menu'; action: 'new-workspace' | 'about' | 'export' };
