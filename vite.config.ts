import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

// tests/integration/pg-*.test.ts need a PostgreSQL server: they run when TEST_DATABASE_URL is set (npm test sets it
// in CI), as does every other integration test, then on PostgreSQL instead of SQLite files.
const pgOnly = /^postgres(ql)?:\/\//.test(process.env.TEST_DATABASE_URL ?? '')
	? []
	: ['tests/integration/pg-*.test.ts'];

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		projects: [
			{
				extends: true,
				test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' }
			},
			{
				extends: true,
				test: {
					name: 'integration',
					include: ['tests/integration/**/*.test.ts'],
					exclude: ['**/node_modules/**', ...pgOnly],
					environment: 'node',
					testTimeout: 60_000
				}
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					environment: 'node',
					testTimeout: 120_000,
					hookTimeout: 180_000,
					fileParallelism: false
				}
			}
		]
	}
});
