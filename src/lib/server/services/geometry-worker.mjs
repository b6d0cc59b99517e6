// The geometry worker's entry (long geometry jobs of the map endpoints: simplifying a layer for the after view,
// dissolving a scenario's groups), plain JavaScript so that Node runs it as it is both under the built server
// (adapter-node) and in development (vite, vitest, tsx): it loads tsx (a runtime dependency) and then the
// TypeScript code from the source tree. See geometry-jobs.ts and worker-script.ts.
import { register } from 'tsx/esm/api';

register();
await import('./geometry-worker-main.ts');
