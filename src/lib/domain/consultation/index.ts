/** Public consultation and council resolutions of a scenario (domain.md §7, issue 12 item 1). */
export * from './types.ts';
export * from './rules.ts';
export * from './affected.ts';
export * from './validate.ts';
export * from './csv.ts';
export * from './summary.ts';
