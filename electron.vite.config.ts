import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';

// Main and preload are CommonJS: a sandboxed preload cannot be an ES module.
const cjs = (entry: string) => ({
  build: {
    outDir: `out/${entry}`,
    rollupOptions: {
      input: resolve(__dirname, `electron/${entry}/index.ts`),
      // pdfkit reads its font metrics from files beside its own module, so it stays in node_modules.
      external: ['better-sqlite3', 'electron', 'pdfkit'],
      output: { format: 'cjs' as const, entryFileNames: '[name].cjs' },
    },
  },
});

export default defineConfig({
  main: cjs('main'),
  preload: cjs('preload'),
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react()],
    build: { outDir: resolve(__dirname, 'out/renderer'), rollupOptions: { input: resolve(__dirname, 'renderer/index.html') } },
  },
});
