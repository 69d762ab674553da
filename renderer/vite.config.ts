import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';

// The renderer alone, for the loopback host (`npm run serve`) and the e2e tests.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  build: { outDir: resolve(import.meta.dirname, '../out/renderer'), emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});
