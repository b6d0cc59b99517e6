/**
 * The audit trail (who, when, before → after) told in words a committee reads: a unit's changed inputs and a
 * scenario's changes, with no field keys, group ids or JSON on screen.
 */
import { formatDate, formatNumber, formatPercent } from './format.ts';
import type { Bilingual, Lang } from './messages.ts';
import { both, tIn } from '../i18n/catalogue.ts';

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

const UNIT_FIELDS: Record<string, Bilingual> = {
	population: both('verdictPanel.population'),
	populationDate: both('history.populationAsOf'),
	populationSource: both('history.populationSource'),
	areaOfficialKm2: both('unitEditor.officialNaturalArea'),
	areaSource: both('history.areaSource'),
	terrain: both('unitEditor.terrain'),
	ethnicMinorityShare: both('unitPanel.ethnicMinorityShare'),
	border: both('history.landBorder'),
	island: both('history.island'),
	coastalDifficult: both('history.speciallyDifficultCoastal'),
	delta: both('unitPanel.redRiverDelta'),
	communeClass: both('staffingGridHead.class'),
	lastArrangedPeriod: both('unitEditor.lastArranged'),
	exemptionCode: both('history.reasonForKeepingTheUnit'),
	exemptionNote: both('history.justificationForKeepingTheUnit'),
	exemptionRefNumber: both('history.numberOfTheLetterAsking'),
	exemptionRefDate: both('history.dateOfTheLetterAsking'),
	staffActual: both('staffing.inputs.cadresAndCivilServantsIn'),
	nonprofessionalActual: both('staffing.inputs.nonProfessionalWorkers'),
	leaders: both('history.leaderPosts'),
	offices: both('history.officeBuildings')
};

const GROUP_FIELDS: Record<string, Bilingual> = {
	level: both('history.level'),
	members: both('history.members'),
	name: both('history.newUnitName'),
	kind: both('history.kindOfTheNewUnit'),
	kindReason: both('history.reasonForTheKind'),
	keptCode: both('history.unitWhoseCodeIsKept'),
	seatCode: both('compareText.seat'),
	phase: both('compareText.phase'),
	notes: both('history.notes'),
	locked: both('history.locked')
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

const yesNo = (b: boolean, lang: Lang) => (b ? tIn(lang, 'settingValue.yes') : tIn(lang, 'settingValue.no'));

/** A unit field's value as a person reads it. */
function unitValue(field: string, raw: unknown, lang: Lang, names: HistoryNames): string {
	const v = parse(raw);
	if (v == null || v === '') return tIn(lang, 'historyList.empty');
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
			return v === 'mountainous' ? tIn(lang, 'unitEditor.mountainousHighland') : tIn(lang, 'unitEditor.other');
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
			what: label ? label[lang] : tIn(lang, 'history.otherFigure'),
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
	const no = refNumber ? `${tIn(lang, 'unitPanel.no')} ${refNumber}` : '';
	const date = refDate ? `${tIn(lang, 'history.of')} ${formatDate(refDate, lang)}` : '';
	return [tIn(lang, 'history.letter'), no, date].filter(Boolean).join(' ');
}

/** A scenario's audit rows in words. */
export function scenarioHistoryLines(rows: readonly AuditRow[], lang: Lang, names: HistoryNames): HistoryLine[] {
	return rows.map((r) => {
		const before = parse(r.before);
		const after = parse(r.after);
		const key = (r.entity_key ?? '').split('/')[1] ?? '';
		let what: string;
		let b: string | null = null;
		let a: string | null = null;
		if (r.entity === 'group') {
			const groupName =
				names.group?.(key) ?? (membersText(after ?? before, names) || tIn(lang, 'history.aRemovedGroup'));
			const field = GROUP_FIELDS[r.field ?? ''];
			if (r.action === 'create') {
				what = tIn(lang, 'history.groupCreated');
				a = membersText(after, names);
			} else if (r.action === 'delete') {
				what = tIn(lang, 'history.groupRemoved');
				b = membersText(before, names);
			} else {
				what = `${tIn(lang, 'dossier.geodata.group')} ${groupName}: ${field ? field[lang] : tIn(lang, 'history.change')}`;
				const fmt = (v: unknown) =>
					r.field === 'members'
						? membersText(v, names)
						: r.field === 'keptCode' || r.field === 'seatCode'
							? v == null
								? tIn(lang, 'history.default')
								: names.unit(String(v))
							: typeof v === 'boolean'
								? yesNo(v, lang)
								: v == null || v === ''
									? tIn(lang, 'historyList.empty')
									: String(v).replace(/^(\d{4})-(\d{4})$/, '$1–$2');
				b = fmt(before);
				a = fmt(after);
			}
		} else if (r.entity === 'scenario_exemption') {
			what = `${r.action === 'delete' ? tIn(lang, 'history.exemptionRemoved') : tIn(lang, 'unitPanel.exemptionRecorded')}: ${names.unit(key)}`;
			const text = (v: unknown) => {
				const e = v as { reasonCode?: string; justification?: string; refNumber?: string; refDate?: string } | null;
				if (!e) return null;
				const ref = referenceLetter(e.refNumber, e.refDate, lang);
				return `${names.reason(e.reasonCode ?? '')}${e.justification ? ` — ${e.justification}` : ''}${ref ? ` (${ref})` : ''}`;
			};
			b = text(before);
			a = text(after);
		} else {
			const ACTIONS: Record<string, Bilingual> = {
				create: both('history.scenarioCreated'),
				import: both('history.scenarioImported'),
				undo: both('scenarios.toolbar.undo'),
				redo: both('scenarios.toolbar.redo'),
				delete: both('history.scenarioDeleted'),
				restore: both('history.scenarioRestored'),
				purge: both('history.scenarioPurged'),
				update: both('history.scenarioEdited')
			};
			const FIELDS: Record<string, Bilingual> = {
				name: both('compareText.name'),
				description: both('history.description'),
				ruleSetId: both('history.ruleSet'),
				version: both('scenarios.toolbar.version'),
				status: both('history.status')
			};
			const act = ACTIONS[r.action] ?? both('dossier.geodata.change');
			const fld = r.field ? FIELDS[r.field] : null;
			what = `${act[lang]}${fld ? `: ${fld[lang]}` : ''}`;
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
	return `${tIn(lang, 'scenarios.toolbar.version')} ${m[1]}`;
}
