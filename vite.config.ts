import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

// The integration tests run on SQLite files, or on PostgreSQL when TEST_DATABASE_URL (postgres://…) is set, and
// tests/{integration,e2e}/pg-*.test.ts only then. `npm test` (scripts/test.mjs) runs both databases in one vitest
// run: with SAPXEP_TEST_BOTH_DIALECTS=1 the project `integration-sqlite` runs the same files on SQLite beside
// `integration` on PostgreSQL, so that the workers of both share the cores.
const onPg = /^postgres(ql)?:\/\//.test(process.env.TEST_DATABASE_URL ?? '');
const pgOnly = (dir: string) => (onPg ? [] : [`tests/${dir}/pg-*.test.ts`]);

const integration = {
	include: ['tests/integration/**/*.test.ts'],
	environment: 'node' as const,
	testTimeout: 60_000,
	// several files import the real province in beforeAll: seconds on an idle machine, more on a shared one
	hookTimeout: 120_000
};

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		// Two workers on the 2 cores of CI and of a developer's machine (vitest's default there is one): many
		// integration tests wait on child processes (the CLI, a server) and on PostgreSQL, and the other worker
		// uses that time. The browser tests still run one file at a time (fileParallelism below).
		maxWorkers: 2,
		projects: [
			{
				extends: true,
				// A generous time limit: `npm test` runs these at low priority beside the browser tests (scripts/test.mjs),
				// and a test of 10,000 units took over vitest's default 5 s on a loaded machine. It guards against a hang,
				// it measures nothing.
				test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 30_000 }
			},
			{
				extends: true,
				test: { name: 'integration', ...integration, exclude: ['**/node_modules/**', ...pgOnly('integration')] }
			},
			...(onPg && process.env.SAPXEP_TEST_BOTH_DIALECTS
				? [
						{
							extends: true as const,
							test: {
								name: 'integration-sqlite',
								...integration,
								exclude: ['**/node_modules/**', 'tests/integration/pg-*.test.ts'],
								env: { TEST_DATABASE_URL: '' }
							}
						}
					]
				: []),
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
