import { describe, expect, it } from 'vitest';
import { referenceLetter, scenarioHistoryLines, unitHistory, type AuditRow } from '../../src/lib/domain/history';

const names = {
	unit: (c: string) => ({ '24778': 'Phường 1 — TP Đà Lạt', '25111': 'Xã Đạ Oai — Huyện Đạ Huoai' })[c] ?? c,
	reason: (c: string) => (c === 'a' ? 'Có vị trí biệt lập' : c),
	group: (id: string) => (id === 'g1' ? 'Phường 1' : null)
};
const row = (r: Partial<AuditRow>): AuditRow => ({
	id: 1,
	at: '2026-12-02T17:40:12.000Z',
	who: 'admin',
	entity: 'unit',
	entity_key: '25111',
	action: 'update',
	field: null,
	before: null,
	after: null,
	note: null,
	...r
});

describe('a unit\'s "Lịch sử": who, when, before → after in words (issue 10 item 5)', () => {
	it('tells an exemption and its reference document, dates as dd/mm/yyyy', () => {
		const lines = unitHistory(
			[
				row({ field: 'exemptionCode', before: null, after: '"a"' }),
				row({ id: 2, field: 'exemptionRefDate', after: '"2025-03-15"' }),
				row({ id: 3, field: 'population', before: '3512', after: '4000', note: 'Báo cáo của huyện' })
			],
			'vi',
			names
		);
		expect(lines[0]).toMatchObject({
			when: '02/12/2026 17:40',
			who: 'admin',
			what: 'Lý do không sắp xếp',
			before: '(trống)',
			after: 'Có vị trí biệt lập'
		});
		expect(lines[1].after).toBe('15/03/2025');
		expect(lines[2]).toMatchObject({ what: 'Dân số', before: '3.512', after: '4.000', note: 'Báo cáo của huyện' });
	});
});

describe('a scenario\'s "Lịch sử" names groups and units, never ids (issue 10 items 5 and 6)', () => {
	it('describes group changes by name and members by label', () => {
		const lines = scenarioHistoryLines(
			[
				row({
					entity: 'group',
					entity_key: '7/g1',
					field: 'members',
					before: '["24778"]',
					after: '["24778","25111"]',
					note: 'v4: ops — addMember 25111 → g1'
				}),
				row({
					id: 2,
					entity: 'scenario_exemption',
					entity_key: '7/25111',
					action: 'create',
					after: '{"code":"25111","reasonCode":"a","justification":"xa"}'
				})
			],
			'vi',
			names
		);
		expect(lines[0].what).toBe('Nhóm Phường 1: thành viên');
		expect(lines[0].after).toBe('Phường 1 — TP Đà Lạt, Xã Đạ Oai — Huyện Đạ Huoai');
		expect(lines[0].note).toBe('phiên bản 4');
		expect(lines[1].what).toBe('Ghi nhận không sắp xếp: Xã Đạ Oai — Huyện Đạ Huoai');
		expect(lines[1].after).toBe('Có vị trí biệt lập — xa');
		expect(JSON.stringify(lines)).not.toMatch(/g1|7\//);
	});
	it('names the letter behind a scenario exemption and the person by their name, not their login', () => {
		const lines = scenarioHistoryLines(
			[
				row({
					entity: 'scenario_exemption',
					entity_key: '7/25111',
					action: 'create',
					who: 'quantri',
					who_name: 'Nguyễn Thị Hoa',
					after:
						'{"code":"25111","reasonCode":"a","justification":"xa","refNumber":"123/UBND-NV","refDate":"2025-03-15"}'
				}),
				row({ id: 2, entity: 'scenario', entity_key: '7', action: 'create', who: 'cli', who_name: null })
			],
			'vi',
			names
		);
		expect(lines[0].after).toBe('Có vị trí biệt lập — xa (văn bản số 123/UBND-NV ngày 15/03/2025)');
		expect(lines[0].who).toBe('Nguyễn Thị Hoa');
		expect(lines[1].who).toBe('cli');
		expect(referenceLetter(null, '2025-03-15', 'en')).toBe('letter of 15 Mar 2025');
		expect(referenceLetter(null, null, 'vi')).toBeNull();
	});
});
