/**
 * The scenario model (phương án sắp xếp): merger groups and recorded exemptions, and the pure edit operations on
 * them (domain.md §4, §5, §7). Plain TypeScript: no DOM, no database, no file system.
 *
 * Every operation takes a content and returns a NEW content (the input is never mutated), or throws a
 * `ScenarioEditError` whose `code`/`params` are data and whose `messages` are bilingual. Operations validate what
 * the law and the model require: a unit is in at most one group, a group's members share one level, a locked group
 * does not change, an exempted unit is not also merged.
 *
 * This module gathers the parts: types.ts (data, catalog), errors.ts, content.ts (reading), operations.ts (the edits
 * of groups), exemptions.ts (the edits of exemptions), ops.ts (edits as data), validate.ts (a whole content),
 * diff.ts (changes for the audit trail).
 */
export * from './types.ts';
export { ScenarioEditError, type ScenarioErrorCode } from './errors.ts';
export * from './content.ts';
export * from './validate.ts';
export * from './operations.ts';
export * from './exemptions.ts';
export * from './ops.ts';
export * from './diff.ts';
export * from './delta.ts';
