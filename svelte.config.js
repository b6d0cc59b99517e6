import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter({ out: 'build' }),
		// Type-check the benchmarks, the start/test drivers and the migrations with the app (npm run check).
		typescript: {
			config: (c) => {
				c.include.push('../bench/**/*.ts', '../scripts/**/*.mjs', '../migrations/**/*.ts');
			}
		},
		// The app runs on office intranets: everything it loads is served by itself.
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'img-src': ['self', 'data:', 'blob:'],
				'worker-src': ['self', 'blob:'],
				'style-src': ['self', 'unsafe-inline'],
				'connect-src': ['self']
			}
		}
	}
};

export default config;
