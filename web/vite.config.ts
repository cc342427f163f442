import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

/** The back office, served by the api under /admin/ (`npm run dev:web` proxies the api on port 3000). */
export default defineConfig({
  base: '/admin/',
  plugins: [vue()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2500,
    modulePreload: { polyfill: false },
  },
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:3000',
      '/auth': 'http://127.0.0.1:3000',
      '/chat/api': 'http://127.0.0.1:3000',
    },
  },
});
