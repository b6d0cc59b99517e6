/**
 * Scenarios (phương án sắp xếp): the model and its edit operations, the evaluation of a whole scenario, and the
 * words for its reasons. Plain TypeScript, usable in the browser, the server and the CLI.
 */
export * from './model.ts';
export * from './evaluate.ts';
export { describeScenarioReason } from './text.ts';
export * from './lifecycle.ts';
export type * from './stored.ts';
export * from './incremental.ts';
export * from './edit.ts';
