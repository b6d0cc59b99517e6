// The import worker's entry, plain JavaScript so that Node runs it as it is both under the built server
// (adapter-node) and in development (vite, vitest, tsx): it loads tsx (a runtime dependency, which the CLI uses
// too) and then the TypeScript import code from the source tree. See jobs.ts.
import { register } from 'tsx/esm/api';

register();
await import('./job-worker-main.ts');
