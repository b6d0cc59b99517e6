/**
 * Values shared by every rule set: project conventions, not law (cited to the tool's specification).
 */
import type { DataChecks } from './types';
import { rv } from './values';

/** The tool's specification, cited for project conventions. */
export const SPEC = 'domain.md';

/** Data-quality thresholds used by every rule set. */
export function projectDataChecks(): DataChecks {
	return {
		areaDifferenceWarn: rv(
			'data.area_difference_warn',
			0.05,
			'ratio',
			{ document: SPEC, article: '§2' },
			'Ngưỡng cảnh báo chênh lệch giữa diện tích tính từ bản đồ và diện tích tự nhiên chính thức',
			'Warning threshold for the difference between computed and official area'
		)
	};
}
