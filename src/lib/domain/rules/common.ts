/**
 * Values and citations shared by every rule set: project conventions, not law (cited to the tool's specification).
 */
import type { Citation, DataChecks } from './types';
import { rv } from './values';

/** The tool's specification, cited for project conventions. */
export const SPEC = 'domain.md';

/** Citations of the tool's specification (project conventions and practice, not law), each written once. */
export const SPEC_CITATIONS = {
	/** Units: official vs computed area, data checks. */
	units: { document: SPEC, article: '§2' },
	/** Standards: the setting "percentages against the reduced standard". */
	standards: { document: SPEC, article: '§3' },
	/** Which units must be arranged: the date of the figures of the 2023–2025 phase. */
	subject: { document: SPEC, article: '§4' },
	/** Rules for a proposed merger: kind of the new unit (practice), justifications for a shortfall. */
	merger: { document: SPEC, article: '§5' }
} as const satisfies Record<string, Citation>;

/** Data-quality thresholds used by every rule set. */
export function projectDataChecks(): DataChecks {
	return {
		areaDifferenceWarn: rv(
			'data.area_difference_warn',
			0.05,
			'ratio',
			SPEC_CITATIONS.units,
			'Ngưỡng cảnh báo chênh lệch giữa diện tích tính từ bản đồ và diện tích tự nhiên chính thức',
			'Warning threshold for the difference between computed and official area'
		)
	};
}

/** The default area-difference threshold (ratio), for code that runs without a chosen rule set (import report). */
export const DEFAULT_AREA_DIFFERENCE_WARN: number = projectDataChecks().areaDifferenceWarn.value;
