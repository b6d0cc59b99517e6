/**
 * The scenarios ticked for comparison on the scenarios list: the ones a link ticks on arrival (?compare=5, as the
 * review page links), a tick or an untick, and whether the comparison can open (2–4 of them).
 */
import { COMPARE_MAX, COMPARE_MIN } from '../domain/scenario/compare';

/** The positive integer ids of a `compare=5,7` query value; anything else is ignored. */
export function picksFromQuery(raw: string | null): number[] {
	return (raw ?? '')
		.split(',')
		.map(Number)
		.filter((n) => Number.isInteger(n) && n > 0);
}

/** Tick (appended last) or untick one scenario. */
export function togglePick(picked: readonly number[], id: number, on: boolean): number[] {
	return on ? [...picked.filter((x) => x !== id), id] : picked.filter((x) => x !== id);
}

/** A comparison takes between COMPARE_MIN and COMPARE_MAX scenarios. */
export function canCompare(picked: readonly number[]): boolean {
	return picked.length >= COMPARE_MIN && picked.length <= COMPARE_MAX;
}
