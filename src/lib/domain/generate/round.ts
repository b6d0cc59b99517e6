/** Rounding of generated figures: areas to 0.01 km², shares to 0.0001, coordinates to 1e-6° (about 0.1 m). */
export function round2(v: number): number {
	return Math.round(v * 100) / 100;
}
export function round4(v: number): number {
	return Math.round(v * 1e4) / 1e4;
}
export function round6(v: number): number {
	return Math.round(v * 1e6) / 1e6;
}
