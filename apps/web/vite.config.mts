/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const fromHere = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url));

export default defineConfig({
  root: fromHere('.'),
  plugins: [react()],
  resolve: {
    // The libraries are consumed from source: no build of libs/* is needed to run or bundle the app.
    alias: {
      '@advising/contracts': fromHere('../../libs/contracts/src/index.ts'),
      '@advising/strategy-rules': fromHere('../../libs/strategy-rules/src/index.ts'),
    },
  },
  server: {
    port: 4200,
    host: '127.0.0.1',
    proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } },
  },
  preview: { port: 4300, host: '127.0.0.1' },
  build: {
    outDir: fromHere('dist'),
    emptyOutDir: true,
    // No source maps in the production build: they would publish the full sources next to the bundle.
    sourcemap: false,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.spec.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    restoreMocks: true,
  },
});
