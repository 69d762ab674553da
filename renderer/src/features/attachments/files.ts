import { ATTACHMENT_MAX_BYTES, type AttachmentUpload } from '../../../../shared/contract/attachments';
import { api } from '../../api/client';

/** A picked file as the contract's upload shape (base64); refuses files over the limit before sending. */
export async function fileToUpload(file: File): Promise<AttachmentUpload> {
  if (file.size > ATTACHMENT_MAX_BYTES) throw new Error(`${file.name} is larger than 20 MB.`);
  const dataUrl = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
  return { name: file.name, mime: file.type, dataBase64: dataUrl.slice(dataUrl.indexOf(',') + 1) };
}

/** Fetches an attachment from the workspace and hands it to the browser as a download. */
export async function downloadAttachment(id: string) {
  const file = await api.attachments.download({ id });
  const binary = atob(file.dataBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
