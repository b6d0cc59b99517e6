/**
 * The rows of a long list that are drawn: those in view and a margin around them, with the height of the rows left
 * out above and below (kept as padding, so the list scrolls as if every row were there). A country's plan lists
 * thousands of groups; drawing them all made every edit re-render them all. Short lists (a province's) are drawn
 * whole, as before.
 */
export interface ListWindow {
	/** First row drawn (index). */
	start: number;
	/** One past the last row drawn. */
	end: number;
	/** Height of the rows not drawn above (px). */
	padTop: number;
	/** Height of the rows not drawn below (px). */
	padBottom: number;
}

export interface ListWindowOptions {
	/** Rows drawn beyond the view on each side. */
	overscan?: number;
	/** Lists shorter than this are drawn whole. */
	from?: number;
}

/**
 * `viewTop`: how far the top of the view is below the top of the list (px; negative when the list starts lower
 * down); `viewHeight`: the height of the view (px); every row `rowHeight` px high.
 */
export function listWindow(
	count: number,
	rowHeight: number,
	viewTop: number,
	viewHeight: number,
	{ overscan = 10, from = 200 }: ListWindowOptions = {}
): ListWindow {
	if (count < from || !(rowHeight > 0)) return { start: 0, end: count, padTop: 0, padBottom: 0 };
	const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
	const start = clamp(Math.floor(viewTop / rowHeight) - overscan, 0, count);
	const end = clamp(Math.ceil((viewTop + Math.max(0, viewHeight)) / rowHeight) + overscan, start, count);
	return { start, end, padTop: start * rowHeight, padBottom: (count - end) * rowHeight };
}
