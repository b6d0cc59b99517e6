/**
 * Synchronised pan and zoom of side-by-side maps: the map a person last touched leads, the others jump to its view.
 * Each map's last view is kept (the compare page writes it on the map box, for the browser test to read).
 */
export interface View {
	center: [number, number];
	zoom: number;
}

export class MapSync {
	maps: ({ jumpTo(center: [number, number], zoom: number): void } | undefined)[] = $state([]);
	leader = $state(0);
	views = $state<View[]>([]);

	/** Map i moved to v: remember it, and when map i leads, move the others there. */
	moved(i: number, v: View): void {
		this.views[i] = v;
		if (i !== this.leader) return;
		this.maps.forEach((m, j) => {
			if (j !== i) m?.jumpTo(v.center, v.zoom);
		});
	}
}
