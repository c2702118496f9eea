/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Everything the backend answers; the dev server forwards it to Spring Boot (PLANNER_BACKEND,
// default :8080) so that cookies (session, XSRF-TOKEN) are first-party, exactly as in production.
const backend = process.env.PLANNER_BACKEND ?? 'http://localhost:8080';
const backendPaths = ['/api', '/login', '/logout', '/actuator', '/v3', '/swagger-ui', '/feeds'];

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    proxy: Object.fromEntries(backendPaths.map((path) => [path, { target: backend }])),
  },
  build: {
    // Maven packages target/classes into the frontend jar: static/ on the classpath is what
    // Spring Boot serves at "/".
    outDir: 'target/classes/static',
    emptyOutDir: true,
    // antd is one long-cached chunk of about 250 kB gzipped; the app's own code stays small.
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'antd', test: /node_modules[\\/](antd|@ant-design|@rc-component)[\\/]/ },
            { name: 'vendor', test: /node_modules[\\/]/ },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'], // e2e/ holds the Playwright tests, run against the real app
    setupFiles: ['./src/testing/setup.ts'],
    css: false,
    restoreMocks: true,
    testTimeout: 30_000, // rendering antd screens in jsdom is CPU-bound; CI machines are shared
    // Test files share a worker's modules: antd is imported and its styles computed once per
    // worker instead of once per file, which halves the run. src/testing/setup.ts resets what
    // the files could leak into each other (storage, cookies, language, stubbed fetch).
    pool: 'threads',
    isolate: false,
  },
});
