import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

// The renderer is one bundle for both shells: Electron serves it over app://, browsers get it as a
// PWA. Workbox precaching only works in the browser build (Chromium's Cache API refuses custom
// schemes, electron/electron#35033), so the service worker is registered only over http(s).
export default defineConfig({
  root: 'renderer',
  base: './',
  publicDir: '../assets/public',
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: false,
    rollupOptions: {
      output: {
        // Everything Home needs in one file. Left alone, Rolldown splits each module that a lazy
        // chunk shares with the entry into its own small chunk (14 files at one point), and the
        // extra requests cost about 10% of the cold load (docs/architecture.md, "First screen").
        codeSplitting: { groups: [{ name: 'first-screen', tags: ['$initial'] }] },
      },
    },
  },
  plugins: [
    react(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: null,
      manifest: {
        name: '公共法律服务客厅',
        short_name: '法律服务客厅',
        lang: 'zh-CN',
        display: 'fullscreen',
        background_color: '#ffffff',
        theme_color: '#0b3d91',
        icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' }],
      },
      workbox: {
        // The app shell (JS, CSS, HTML, fonts we ship) is precached and versioned by hash.
        globPatterns: ['**/*.{js,css,html,svg,woff2}'],
        maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
        navigateFallback: 'index.html',
        // The hub API is never cached: sync state lives in IndexedDB, not in HTTP caches.
        navigateFallbackDenylist: [/^\/api\//],
        runtimeCaching: [
          {
            urlPattern: ({ url }) => url.pathname.startsWith('/api/'),
            handler: 'NetworkOnly',
          },
          {
            urlPattern: ({ request }) => request.destination === 'image',
            handler: 'CacheFirst',
            options: {
              cacheName: 'images',
              expiration: { maxEntries: 60, maxAgeSeconds: 30 * 24 * 3600 },
            },
          },
        ],
      },
    }),
  ],
  server: { port: 5173, strictPort: false },
});
