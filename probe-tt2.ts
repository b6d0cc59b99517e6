import Database from 'better-sqlite3';
import { buildLayerTopology, dissolveLayer } from '/work/main/src/lib/domain/geo/dissolve.ts';
const db = new Database(process.argv[2] ?? '/tmp/paint/base.db', { readonly: true });
const ds = Number(process.argv[3] ?? 2);
const rows = db.prepare(`select code, display_geometry as g from units where dataset_id = ? and level = 'commune'`).all(ds) as any[];
const units = rows.map((r) => ({ code: r.code, geometry: JSON.parse(r.g) }));
function shared(gs: any[]) {
	const q = (p: number[]) => `${Math.round(p[0] * 1e5)},${Math.round(p[1] * 1e5)}`;
	const edges = new Map<string, number>();
	let total = 0;
	gs.forEach((g, gi) => {
		const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
		for (const poly of polys) for (const ring of poly) for (let i = 0; i + 1 < ring.length; i++) { edges.set(q(ring[i]) + '>' + q(ring[i + 1]), gi); total++; }
	});
	let twin = 0;
	for (const [k, gi] of edges) { const [a, b] = k.split('>'); const o = edges.get(b + '>' + a); if (o !== undefined && o !== gi) twin++; }
	return { total, twinned: twin, frac: (twin / total).toFixed(3) };
}
console.log('raw', shared(units.map((u) => u.geometry)));
const out = dissolveLayer(buildLayerTopology(units), (c) => c);
console.log('snapped', shared(units.map((u) => out.get(u.code)!.geometry)));
