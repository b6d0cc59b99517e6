// The map tile worker's entry, plain JavaScript so that Node runs it as it is both under the built server
// (adapter-node) and in development (vite, vitest, tsx): it loads tsx (a runtime dependency) and then the
// TypeScript tile code from the source tree. See map-tiles.ts and worker-script.ts.
import { register } from 'tsx/esm/api';

register();
await import('./tile-worker-main.ts');
