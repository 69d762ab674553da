import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../../shared/channels';

/**
 * The whole bridge: invoke(method, input) and on(listener). The main process checks the method
 * against the contract and the input against its schema, so nothing else is exposed here.
 */
contextBridge.exposeInMainWorld('isms', {
  invoke: (method: string, input: unknown): Promise<unknown> => ipcRenderer.invoke(INVOKE_CHANNEL, method, input),
  on: (listener: (event: unknown) => void): (() => void) => {
    const wrapped = (_e: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(EVENT_CHANNEL, wrapped);
    return () => ipcRenderer.removeListener(EVENT_CHANNEL, wrapped);
  },
});
