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
		// Cross-site form submissions are refused by src/hooks.server.ts (src/lib/server/csrf.ts), with the same rule
		// as SvelteKit's check but an answer in the reader's language; SvelteKit's own check, which answers with an
		// English plain-text 403, runs before the hook and is therefore turned off here.
		csrf: { trustedOrigins: ['*'] },
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
