import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The district console (docs/console.md): a second entry beside the kiosk, built on its own to
// dist/console so the kiosk's first download and PWA setup stay untouched. The hub serves it at
// /console/ (same origin as its API, so the session cookie works).
export default defineConfig({
  root: 'console',
  base: '/console/',
  publicDir: false,
  build: {
    outDir: '../dist/console',
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: false,
  },
  plugins: [react()],
  server: { port: 5175, strictPort: false, proxy: { '/api': 'http://127.0.0.1:8787' } },
});
