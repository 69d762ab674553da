import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';

const decode = (s: string) =>
  s.replace(/&(lt|gt|quot|apos|amp|#(\d+)|#x([0-9a-f]+));/gi, (_m, name: string, dec?: string, hex?: string) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' } as Record<string, string>)[name.toLowerCase()],
  );

/** A DOCX's document.xml, the decoded text of its runs in order, and its other parts. */
export async function readDocx(path: string) {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const part = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const xml = await part('word/document.xml');
  const runs = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1]));
  /** Paragraph texts: runs joined within each <w:p>. */
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1])).join('')).filter(Boolean);
  return { zip, xml, runs, paragraphs, text: runs.join('\n'), part };
}

export async function readXlsx(path: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}
