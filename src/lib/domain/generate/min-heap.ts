/** A binary min-heap of integer items keyed by a number (the generator's region growing uses it). */
export class MinHeap {
	private items: number[] = [];
	private keys: number[] = [];
	get size(): number {
		return this.items.length;
	}
	push(item: number, key: number): void {
		const items = this.items,
			keys = this.keys;
		let i = items.length;
		items.push(item);
		keys.push(key);
		while (i > 0) {
			const p = (i - 1) >> 1;
			if (keys[p] < key || (keys[p] === key && items[p] <= item)) break;
			items[i] = items[p];
			keys[i] = keys[p];
			i = p;
		}
		items[i] = item;
		keys[i] = key;
	}
	/** Remove and return the item with the smallest key, or -1 when empty. */
	pop(): number {
		const items = this.items,
			keys = this.keys;
		if (!items.length) return -1;
		const top = items[0];
		const lastItem = items.pop()!;
		const lastKey = keys.pop()!;
		const n = items.length;
		if (n) {
			let i = 0;
			for (;;) {
				const l = 2 * i + 1;
				if (l >= n) break;
				const r = l + 1;
				const c = r < n && (keys[r] < keys[l] || (keys[r] === keys[l] && items[r] < items[l])) ? r : l;
				if (keys[c] > lastKey || (keys[c] === lastKey && items[c] >= lastItem)) break;
				items[i] = items[c];
				keys[i] = keys[c];
				i = c;
			}
			items[i] = lastItem;
			keys[i] = lastKey;
		}
		return top;
	}
}

// ---------------------------------------------------------------------------------------------------------------
// Wiggly borders
