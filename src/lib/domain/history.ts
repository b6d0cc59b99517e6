/**
 * The audit trail (who, when, before → after) told in words a committee reads: a unit's changed inputs and a
 * scenario's changes, with no field keys, group ids or JSON on screen.
 */
import { formatDate, formatNumber, formatPercent } from './format.ts';
import type { Lang } from './messages.ts';

/** One audit row as stored (before/after as JSON text or already parsed). */
export interface AuditRow {
	id: number;
	at: string;
	who: string;
	/** The account's display name ("Nguyễn Văn An"); null for the CLI's --who or a removed account. */
	who_name?: string | null;
	entity: string;
	entity_key: string | null;
	action: string;
	field: string | null;
	before: unknown;
	after: unknown;
	note: string | null;
}

/** A row told in words: what changed, its value before and after (already formatted), and the note. */
export interface HistoryLine {
	id: number;
	/** When, as dd/mm/yyyy hh:mm (Vietnamese) or d Mon yyyy hh:mm. */
	when: string;
	who: string;
	what: string;
	before: string | null;
	after: string | null;
	note: string | null;
}

const UNIT_FIELDS: Record<string, [string, string]> = {
	population: ['Dân số', 'Population'],
	populationDate: ['Thời điểm số liệu dân số', 'Population as of'],
	populationSource: ['Nguồn số liệu dân số', 'Population source'],
	areaOfficialKm2: ['Diện tích tự nhiên chính thức', 'Official natural area'],
	areaSource: ['Nguồn số liệu diện tích', 'Area source'],
	terrain: ['Địa hình', 'Terrain'],
	ethnicMinorityShare: ['Tỷ lệ dân tộc thiểu số', 'Ethnic-minority share'],
	border: ['Biên giới đất liền', 'Land border'],
	island: ['Hải đảo', 'Island'],
	coastalDifficult: ['Xã ven biển đặc biệt khó khăn', 'Specially difficult coastal'],
	delta: ['Đồng bằng sông Hồng', 'Red River Delta'],
	communeClass: ['Phân loại', 'Class'],
	lastArrangedPeriod: ['Đã sắp xếp giai đoạn', 'Last arranged'],
	exemptionCode: ['Lý do không sắp xếp', 'Reason for keeping the unit'],
	exemptionNote: ['Giải trình lý do không sắp xếp', 'Justification for keeping the unit'],
	exemptionRefNumber: ['Số văn bản đề nghị không sắp xếp', 'Number of the letter asking to keep the unit'],
	exemptionRefDate: ['Ngày văn bản đề nghị không sắp xếp', 'Date of the letter asking to keep the unit'],
	staffActual: ['Cán bộ, công chức hiện có', 'Cadres and civil servants in post'],
	nonprofessionalActual: ['Người hoạt động không chuyên trách', 'Non-professional workers'],
	leaders: ['Số lãnh đạo', 'Leader posts'],
	offices: ['Số trụ sở', 'Office buildings']
};

const GROUP_FIELDS: Record<string, [string, string]> = {
	level: ['cấp', 'level'],
	members: ['thành viên', 'members'],
	name: ['tên đơn vị mới', 'new unit name'],
	kind: ['loại đơn vị mới', 'kind of the new unit'],
	kindReason: ['lý do chọn loại', 'reason for the kind'],
	keptCode: ['đơn vị giữ mã', 'unit whose code is kept'],
	seatCode: ['trụ sở', 'seat'],
	phase: ['giai đoạn', 'phase'],
	notes: ['ghi chú', 'notes'],
	locked: ['khoá', 'locked']
};

const parse = (v: unknown): unknown => {
	if (typeof v !== 'string') return v;
	try {
		return JSON.parse(v);
	} catch {
		return v;
	}
};

/** The moment of a row in local-free terms (UTC, as stored): "02/12/2026 17:40". */
export function historyTime(iso: string, lang: Lang): string {
	const hm = /T(\d{2}):(\d{2})/.exec(iso);
	return `${formatDate(iso, lang)}${hm ? ` ${hm[1]}:${hm[2]}` : ''}`;
}

export interface HistoryNames {
	/** A unit's label by code ("Phường 1 — TP Đà Lạt"). */
	unit: (code: string) => string;
	/** The label of an exemption reason code. */
	reason: (code: string) => string;
	/** A group's current name by id, null when the group is gone. */
	group?: (id: string) => string | null;
}

const yesNo = (b: boolean, lang: Lang) => (b ? (lang === 'vi' ? 'có' : 'yes') : lang === 'vi' ? 'không' : 'no');

/** A unit field's value as a person reads it. */
function unitValue(field: string, raw: unknown, lang: Lang, names: HistoryNames): string {
	const v = parse(raw);
	if (v == null || v === '') return lang === 'vi' ? '(trống)' : '(empty)';
	switch (field) {
		case 'population':
		case 'staffActual':
		case 'nonprofessionalActual':
		case 'leaders':
		case 'offices':
			return formatNumber(Number(v), lang);
		case 'areaOfficialKm2':
			return `${formatNumber(Number(v), lang, 2)} km²`;
		case 'ethnicMinorityShare':
			return formatPercent(Number(v), lang);
		case 'border':
		case 'island':
		case 'coastalDifficult':
		case 'delta':
			return yesNo(v === 1 || v === true, lang);
		case 'terrain':
			return v === 'mountainous'
				? lang === 'vi'
					? 'miền núi, vùng cao'
					: 'mountainous/highland'
				: lang === 'vi'
					? 'khác'
					: 'other';
		case 'populationDate':
		case 'exemptionRefDate':
			return formatDate(String(v), lang);
		case 'lastArrangedPeriod':
			return String(v).replace('-', '–');
		case 'exemptionCode':
			return names.reason(String(v));
		default:
			return String(v);
	}
}

/** A unit's audit rows in words. */
export function unitHistory(rows: readonly AuditRow[], lang: Lang, names: HistoryNames): HistoryLine[] {
	return rows.map((r) => {
		const f = r.field ?? '';
		const label = UNIT_FIELDS[f];
		return {
			id: r.id,
			when: historyTime(r.at, lang),
			who: r.who_name || r.who,
			what: label ? label[lang === 'vi' ? 0 : 1] : lang === 'vi' ? 'Số liệu khác' : 'Other figure',
			before: unitValue(f, r.before, lang, names),
			after: unitValue(f, r.after, lang, names),
			note: r.note
		};
	});
}

/** A group's members or a whole group as unit names. */
function membersText(v: unknown, names: HistoryNames): string {
	const codes = Array.isArray(v) ? v : ((v as { members?: unknown })?.members ?? []);
	return (codes as unknown[]).map((c) => names.unit(String(c))).join(', ');
}

/** The letter proposing to keep a unit in words: "văn bản số 123/UBND-NV ngày 15/03/2025"; null when none. */
export function referenceLetter(
	refNumber: string | null | undefined,
	refDate: string | null | undefined,
	lang: Lang
): string | null {
	if (!refNumber && !refDate) return null;
	const t = (vi: string, en: string) => (lang === 'vi' ? vi : en);
	const no = refNumber ? `${t('số', 'no.')} ${refNumber}` : '';
	const date = refDate ? `${t('ngày', 'of')} ${formatDate(refDate, lang)}` : '';
	return [t('văn bản', 'letter'), no, date].filter(Boolean).join(' ');
}

/** A scenario's audit rows in words. */
export function scenarioHistoryLines(rows: readonly AuditRow[], lang: Lang, names: HistoryNames): HistoryLine[] {
	const t = (vi: string, en: string) => (lang === 'vi' ? vi : en);
	return rows.map((r) => {
		const before = parse(r.before);
		const after = parse(r.after);
		const key = (r.entity_key ?? '').split('/')[1] ?? '';
		let what: string;
		let b: string | null = null;
		let a: string | null = null;
		if (r.entity === 'group') {
			const groupName =
				names.group?.(key) ?? (membersText(after ?? before, names) || t('một nhóm đã xoá', 'a removed group'));
			const field = GROUP_FIELDS[r.field ?? ''];
			if (r.action === 'create') {
				what = t('Tạo nhóm', 'Group created');
				a = membersText(after, names);
			} else if (r.action === 'delete') {
				what = t('Xoá nhóm', 'Group removed');
				b = membersText(before, names);
			} else {
				what = `${t('Nhóm', 'Group')} ${groupName}: ${field ? field[lang === 'vi' ? 0 : 1] : t('thay đổi', 'change')}`;
				const fmt = (v: unknown) =>
					r.field === 'members'
						? membersText(v, names)
						: r.field === 'keptCode' || r.field === 'seatCode'
							? v == null
								? t('(mặc định)', '(default)')
								: names.unit(String(v))
							: typeof v === 'boolean'
								? yesNo(v, lang)
								: v == null || v === ''
									? t('(trống)', '(empty)')
									: String(v).replace(/^(\d{4})-(\d{4})$/, '$1–$2');
				b = fmt(before);
				a = fmt(after);
			}
		} else if (r.entity === 'scenario_exemption') {
			what = `${r.action === 'delete' ? t('Bỏ ghi nhận không sắp xếp', 'Exemption removed') : t('Ghi nhận không sắp xếp', 'Exemption recorded')}: ${names.unit(key)}`;
			const text = (v: unknown) => {
				const e = v as { reasonCode?: string; justification?: string; refNumber?: string; refDate?: string } | null;
				if (!e) return null;
				const ref = referenceLetter(e.refNumber, e.refDate, lang);
				return `${names.reason(e.reasonCode ?? '')}${e.justification ? ` — ${e.justification}` : ''}${ref ? ` (${ref})` : ''}`;
			};
			b = text(before);
			a = text(after);
		} else {
			const ACTIONS: Record<string, [string, string]> = {
				create: ['Tạo phương án', 'Scenario created'],
				import: ['Nhập phương án từ tệp', 'Scenario imported'],
				undo: ['Hoàn tác', 'Undo'],
				redo: ['Làm lại', 'Redo'],
				delete: ['Xoá phương án', 'Scenario deleted'],
				restore: ['Khôi phục phương án', 'Scenario restored'],
				purge: ['Xoá hẳn phương án', 'Scenario purged'],
				update: ['Sửa phương án', 'Scenario edited']
			};
			const FIELDS: Record<string, [string, string]> = {
				name: ['tên', 'name'],
				description: ['mô tả', 'description'],
				ruleSetId: ['căn cứ', 'rule set'],
				version: ['phiên bản', 'version'],
				status: ['trạng thái', 'status']
			};
			const act = ACTIONS[r.action] ?? ['Thay đổi', 'Change'];
			const fld = r.field ? FIELDS[r.field] : null;
			what = `${act[lang === 'vi' ? 0 : 1]}${fld ? `: ${fld[lang === 'vi' ? 0 : 1]}` : ''}`;
			if (r.field) {
				b = before == null ? null : String(before);
				a = after == null ? null : String(after);
			}
		}
		return {
			id: r.id,
			when: historyTime(r.at, lang),
			who: r.who_name || r.who,
			what,
			before: b,
			after: a,
			note: scenarioNote(r.note, lang)
		};
	});
}

/**
 * Scenario notes are written "v3: ops — addMember 24820 → g1": the summary is the editor's own wording (op names,
 * group ids), so the reader sees the version only; the change itself is told by the row.
 */
function scenarioNote(note: string | null, lang: Lang): string | null {
	if (!note) return null;
	const m = /^v(\d+): \w+/.exec(note);
	if (!m) return note;
	return `${lang === 'vi' ? 'phiên bản' : 'version'} ${m[1]}`;
}
