// The dossier export worker's entry, plain JavaScript so that Node runs it as it is both under the built server
// (adapter-node) and in development (vite, vitest, tsx): it loads tsx (a runtime dependency) and then the TypeScript
// exporters from the source tree. See export-thread.ts.
import { register } from 'tsx/esm/api';

register();
await import('./export-worker-main.ts');
