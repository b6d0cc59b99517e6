/**
 * Comment markers on the map: the open threads on a group or a unit marked on the map label of the unit they are
 * on (a group's: its first member's), as "✎n" after the name. Pure: the map draws the labels it is given.
 */
import type { FeatureCollection, Point } from 'geojson';

export interface OpenThreadRef {
	root: { targetKind: 'scenario' | 'group' | 'unit'; targetKey: string | null };
}

/** The number of open threads per unit code (a group's threads on its first member). */
export function commentCounts(
	threads: readonly OpenThreadRef[],
	groups: readonly { id: string; members: readonly string[] }[]
): Map<string, number> {
	const out = new Map<string, number>();
	for (const t of threads) {
		const { targetKind, targetKey } = t.root;
		const code =
			targetKind === 'unit'
				? targetKey
				: targetKind === 'group'
					? groups.find((g) => g.id === targetKey)?.members[0]
					: null;
		if (code) out.set(code, (out.get(code) ?? 0) + 1);
	}
	return out;
}

/** The labels with "✎n" after the name of each unit that carries open threads. */
export function withCommentMarks(
	labels: FeatureCollection<Point>,
	threads: readonly OpenThreadRef[],
	groups: readonly { id: string; members: readonly string[] }[]
): FeatureCollection<Point> {
	const counts = commentCounts(threads, groups);
	if (!counts.size) return labels;
	return {
		...labels,
		features: labels.features.map((f) => {
			const n = counts.get(String(f.properties?.code));
			return n ? { ...f, properties: { ...f.properties, label: `${f.properties?.label} ✎${n}`, comments: n } } : f;
		})
	};
}
