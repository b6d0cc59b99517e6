// The SQLite checkpointer's entry, plain JavaScript so that Node runs it as it is both under the built server
// (adapter-node) and in development (vite, vitest, tsx): it loads tsx (a runtime dependency) and then the TypeScript
// checkpointer from the source tree. See checkpointer.ts.
import { register } from 'tsx/esm/api';

register();
await import('./checkpoint-worker-main.ts');
