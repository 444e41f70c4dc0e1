import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [sveltekit()],
  ssr: {
    // Kit needs cookie 0.6, but the workspace root hoists the API's cookie 2, which the built
    // server would pick up at run time. Bundling resolves it from Kit's own folder instead.
    noExternal: ['cookie'],
  },
});
