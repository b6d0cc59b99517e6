import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

// tests/{integration,e2e}/pg-*.test.ts need a PostgreSQL server: they run when TEST_DATABASE_URL is set (.ci/run
// sets it), when every other integration test also runs on PostgreSQL instead of SQLite files.
const onPg = /^postgres(ql)?:\/\//.test(process.env.TEST_DATABASE_URL ?? '');
const pgOnly = (dir: string) => (onPg ? [] : [`tests/${dir}/pg-*.test.ts`]);

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
					exclude: ['**/node_modules/**', ...pgOnly('integration')],
					environment: 'node',
					testTimeout: 60_000,
					// several files import the real province in beforeAll: seconds on an idle machine, more on a shared one
					hookTimeout: 120_000
				}
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					exclude: ['**/node_modules/**', ...pgOnly('e2e')],
					environment: 'node',
					testTimeout: 120_000,
					hookTimeout: 180_000,
					fileParallelism: false
				}
			}
		]
	}
});
