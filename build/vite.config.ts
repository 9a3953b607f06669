import react from '@vitejs/plugin-react';
import path from 'node:path';
import { defineConfig } from 'vite';
import { hiddenIcons } from './vite/hidden-icons';

const root = path.resolve(import.meta.dirname, '..');

export default defineConfig({
  root: path.join(root, 'renderer'),
  // Relative asset URLs work both under shiftdesk://app/ and http://127.0.0.1:PORT/.
  base: './',
  plugins: [hiddenIcons(), react()],
  build: {
    outDir: path.join(root, 'dist', 'renderer'),
    emptyOutDir: true,
    target: 'chrome130',
    chunkSizeWarningLimit: 3000,
  },
});
