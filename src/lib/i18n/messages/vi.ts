/**
 * The Vietnamese texts (the default language), one entry per message: the source of the message keys.
 * A message with parameters is a function of its parameters ({@link Arg}: what a template literal would print).
 *
 * Entries are appended by the codemod (`npm run i18n:extract`) and may be edited by hand: the English catalogue
 * (en.ts) is typed by this one, so a missing or extra key or a parameter that does not exist is a type error.
 */

/** A message parameter: printed as a template literal prints it. */
export type Arg = string | number | bigint | boolean | null | undefined;

export const vi = {};
