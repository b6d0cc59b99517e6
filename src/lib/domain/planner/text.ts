/**
 * Words of the planner (Vietnamese and English): why a subject unit is left out, a group's verdict, and the
 * objective's weights in plain words (the UI never shows the numbers as the choice).
 */
import type { Bilingual } from '../messages.ts';
import type { Meets } from '../rules/types.ts';
import type { UncoveredUnit } from './types.ts';

const list = (codes: string[], names: (c: string) => string) => codes.map((c) => `${names(c)} (${c})`).join(', ');

/** A group's verdict in words. */
export function describeMeets(meets: Meets | null): Bilingual {
	switch (meets) {
		case 'both':
			return { vi: 'đạt cả hai tiêu chuẩn', en: 'meets both standards' };
		case 'area':
			return { vi: 'chỉ đạt tiêu chuẩn diện tích', en: 'meets the area standard only' };
		case 'population':
			return { vi: 'chỉ đạt tiêu chuẩn dân số', en: 'meets the population standard only' };
		case 'none':
			return { vi: 'không đạt tiêu chuẩn nào', en: 'meets neither standard' };
		default:
			return { vi: 'chưa đánh giá được (thiếu số liệu)', en: 'cannot be judged (missing figures)' };
	}
}

/** Why a subject unit is left out of the plan, in words. */
export function describeUncovered(u: UncoveredUnit, names: (code: string) => string = (c) => c): Bilingual {
	const rel = list(u.related, names);
	const best = u.best ? list(u.best.members, names) : '';
	const bm = describeMeets(u.best?.meets ?? null);
	switch (u.reason) {
		case 'protected':
			return { vi: 'Đơn vị được chọn giữ nguyên (không động đến).', en: 'The unit is protected (never touched).' };
		case 'island':
			return {
				vi: 'Không có đơn vị cùng cấp nào liền kề (đảo hoặc tách biệt): cần xem xét không sắp xếp theo khoản 1 Điều 3 NQ 35.',
				en: 'No adjacent unit of its level (an island or isolated): consider NQ 35 Art. 3.1 (not required).'
			};
		case 'no_neighbour_in_district':
			return {
				vi: `Mọi đơn vị liền kề đều thuộc huyện khác (${rel}): cho phép nhập qua ranh giới huyện để ghép.`,
				en: `Every adjacent unit is in another district (${rel}): allow crossing district lines to merge it.`
			};
		case 'protected_neighbours':
			return {
				vi: `Các đơn vị liền kề (${rel}) đều được giữ nguyên, đã được miễn hoặc đã ở trong nhóm khác.`,
				en: `Its adjacent units (${rel}) are all protected, exempted or already in another group.`
			};
		case 'all_short':
			return {
				vi: `Mọi cách ghép với đơn vị liền kề đều không đạt tiêu chuẩn nào${best ? ` (tốt nhất: ${best}, ${bm.vi})` : ''}.`,
				en: `Every combination with adjacent units meets neither standard${best ? ` (best: ${best}, ${bm.en})` : ''}.`
			};
		case 'neighbours_taken':
			return {
				vi: `Không còn đơn vị liền kề để ghép: ${rel || 'các đơn vị liền kề'} đã được dùng cho nhóm khác có lợi hơn${best ? ` (cách ghép tốt nhất: ${best})` : ''}.`,
				en: `No adjacent unit left: ${rel || 'its neighbours'} went to groups that gain more${best ? ` (its best combination: ${best})` : ''}.`
			};
		case 'missing_data':
			return { vi: 'Thiếu số liệu dân số hoặc diện tích.', en: 'Population or area figures are missing.' };
		case 'time_limit':
			return {
				vi: 'Hết thời gian giải trước khi tìm được nhóm cho đơn vị này.',
				en: 'The solver ran out of time before finding a group for it.'
			};
	}
}

/** The objective in plain words, for the options form. */
export const PLANNER_WEIGHTS_TEXT: Bilingual[] = [
	{
		vi: 'Mỗi đơn vị thuộc diện phải sắp xếp được đưa vào đúng một nhóm; không ghép được thì báo lý do.',
		en: 'Every unit that must be arranged goes into exactly one group; when it cannot, the reason is given.'
	},
	{
		vi: 'Càng ít đơn vị thay đổi và càng ít người dân phải đổi giấy tờ càng tốt.',
		en: 'As few units changed and as few residents whose documents change as possible.'
	},
	{
		vi: 'Nhóm chỉ đạt một tiêu chuẩn bị trừ điểm nặng; nhóm không đạt tiêu chuẩn nào còn nặng hơn để trống.',
		en: 'A group meeting one standard is penalised heavily; one meeting none weighs more than leaving the unit.'
	},
	{
		vi: 'Nhập qua ranh giới huyện (nếu cho phép) và nhóm kém gọn (các thành viên ít giáp nhau) bị trừ điểm.',
		en: 'Crossing a district line (when allowed) and a loose group (members barely bordering each other) are penalised.'
	}
];
