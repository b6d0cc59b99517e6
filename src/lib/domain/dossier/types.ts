/**
 * The dossier model (domain.md §7): everything the scheme (Đề án) of a scenario says, as display-ready data. Words
 * are already in the dossier's language (Vietnamese or English); figures stay raw numbers (persons, km², ratios as
 * fractions: 0.693 = 69.3 %, ISO dates) so that each format writes them its own way (DOCX and PDF as text through
 * ./format.ts, XLSX as numbers with a display format). Every exporter (DOCX, PDF, HTML, XLSX, CSV) reads this one
 * model, built from the same evaluation and staffing the screens show: nothing is recomputed differently.
 *
 * Stability: other modules build on these names. Add fields; do not rename or remove them.
 */
import type { Lang } from '../format.ts';
import type { Meets, MergerRole, PhaseId, UnitStatus } from '../rules/types.ts';
import type { ResidentsAffected } from '../scenario/evaluation.ts';
import type { ScenarioLevel } from '../scenario/model.ts';
import type { ScenarioStatus } from '../scenario/lifecycle.ts';
import type { ScenarioStaffingResult } from '../staffing/scenario.ts';
import type { Level, UnitKind } from '../units.ts';

/** How a table cell is written: text, a GSO code (always text), whole persons, km², a ratio (percent) or a date. */
export type DossierCellKind = 'text' | 'code' | 'integer' | 'area' | 'percent' | 'date';
export type DossierCell = string | number | null;

export interface DossierColumn {
	key: string;
	/** Header as written in the document ("Diện tích tự nhiên (km²)"). */
	label: string;
	kind: DossierCellKind;
}

/**
 * A table of the dossier, ready for any format: a caption as officials write it ("Bảng 1. …" is added by the
 * renderer, which numbers the tables), columns with their kind, and rows keyed by column. `total` is an optional
 * last row (sums), written in bold.
 */
export interface DossierTable {
	/** Stable id, also the XLSX sheet's key ("current_state", "plan", "members", "staffing", …). */
	id: string;
	caption: string;
	/** Short name for an XLSX sheet (≤ 31 characters, no []:*?/\). */
	sheetName: string;
	columns: DossierColumn[];
	rows: Record<string, DossierCell>[];
	total?: Record<string, DossierCell>;
	/** A note printed under the table (source of the figures, what an asterisk means). */
	note?: string;
}

/** The title block of the scheme. */
export interface DossierTitle {
	provinceCode: string;
	/** The province's name without its kind ("Lâm Đồng"). */
	provinceName: string;
	/** "tỉnh Lâm Đồng" / "Lâm Đồng province", for running text. */
	provinceInText: string;
	datasetId: number;
	datasetName: string;
	scenarioId: number;
	scenarioName: string;
	scenarioDescription: string | null;
	version: number;
	status: ScenarioStatus;
	statusLabel: string;
	/** Date the dossier was made (ISO) and as written in the date line ("ngày 01 tháng 12 năm 2024"). */
	date: string;
	dateText: string;
	/** Date of the figures (ISO or null) and as written. */
	referenceDate: string | null;
	referenceDateText: string;
	ruleSetId: string;
	ruleSetTitle: string;
	/** Phases the scheme covers ("2023-2025"). */
	phases: PhaseId[];
	/** "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and "Độc lập - Tự do - Hạnh phúc" (English: a translation). */
	nationalMotto: { country: string; motto: string };
	/** Issuing body, upper case ("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG"). */
	issuer: string;
	/** Number placeholder ("Số:       /ĐA-UBND"). */
	numberLine: string;
	/** Place and date line ("Lâm Đồng, ngày 02 tháng 12 năm 2026"). */
	placeDateLine: string;
	/** "ĐỀ ÁN" */
	documentKind: string;
	/** "Sắp xếp đơn vị hành chính cấp huyện, cấp xã giai đoạn 2023–2025 của tỉnh Lâm Đồng" */
	documentTitle: string;
}

/** One legal document the scheme rests on. */
export interface DossierLegalBasis {
	/** Short id of the document as the rules cite it ("NQ 35/2023/UBTVQH15"). */
	document: string;
	/** The line as written in the legal-basis list ("Nghị quyết số 35/2023/UBTVQH15 ngày 12/7/2023 của …"). */
	text: string;
	/** false when the number, date or title comes from memory and must be checked against the document. */
	verified: boolean;
}

/** A unit of the current-state table: subject to arrangement in the scheme's phases (or exempted from it). */
export interface DossierSubjectUnit {
	code: string;
	name: string;
	/** "Phường 1 — TP Đà Lạt": a commune with its district. */
	label: string;
	level: Level;
	kind: UnitKind;
	kindLabel: string;
	parentCode: string | null;
	parentName: string | null;
	areaKm2: number | null;
	population: number | null;
	/** Ratios of the area and population standards (fractions). */
	areaRatio: number | null;
	populationRatio: number | null;
	status: UnitStatus;
	phase: PhaseId | null;
	phaseLabel: string;
	/** The criterion in words ("Diện tích tự nhiên dưới 70% và quy mô dân số dưới 70% tiêu chuẩn"). */
	criterionText: string;
	/** The clause ("Điểm a khoản 2 Điều 1 Nghị quyết số 35/2023/UBTVQH15"). */
	clauseText: string;
	/** Id of the group that arranges it; null when not in a group. */
	groupId: string | null;
	/** How the scheme treats it, in words ("Nhập với …", "Không bắt buộc sắp xếp: …", "Chưa có phương án"). */
	treatmentText: string;
}

/** A member of a new unit. */
export interface DossierMember {
	code: string;
	name: string;
	label: string;
	kind: UnitKind;
	kindLabel: string;
	areaKm2: number | null;
	population: number | null;
	areaRatio: number | null;
	populationRatio: number | null;
	role: MergerRole;
	roleLabel: string;
	phase: PhaseId | null;
	/** The member's own subject clause, when it is subject ('' otherwise). */
	clauseText: string;
	kept: boolean;
	isSeat: boolean;
}

/** One new unit of the plan. */
export interface DossierNewUnit {
	groupId: string;
	/** 1-based number of the new unit in its level's list. */
	index: number;
	level: ScenarioLevel;
	name: string;
	nameIsNew: boolean;
	kind: UnitKind | null;
	kindLabel: string;
	/** GSO code kept and codes retired. */
	code: string | null;
	retiredCodes: string[];
	seatCode: string | null;
	/** "Trụ sở làm việc đặt tại xã …" or "Chưa chọn trụ sở". */
	seatText: string;
	/** District after the arrangement (commune groups), name. */
	parentAfterName: string | null;
	members: DossierMember[];
	areaKm2: number | null;
	population: number | null;
	/** Standards the new unit is measured against (effective, after any Art. 3a reduction). */
	standardAreaKm2: number | null;
	standardPopulation: number | null;
	areaRatio: number | null;
	populationRatio: number | null;
	meets: Meets | null;
	/** "Đạt tiêu chuẩn diện tích tự nhiên và quy mô dân số" … */
	verdictText: string;
	/** Clause of the standard ("Điều 3 Nghị quyết số 1211/2016/UBTVQH13 (được sửa đổi, bổ sung bởi …)"). */
	clauseText: string;
	/** Why a unit short of its standards is still proposed (domain.md §5), '' when it meets both. */
	justificationText: string;
	/** The members and the plan in one sentence ("Nhập toàn bộ … để thành lập …"). */
	planText: string;
	phase: PhaseId | null;
	phaseLabel: string;
	residentsAffected: number | null;
	valid: boolean;
	warnings: string[];
	errors: string[];
}

/** A subject unit the scheme keeps, with its reason (NQ 35 Art. 3). */
export interface DossierKeptUnit {
	code: string;
	name: string;
	label: string;
	level: ScenarioLevel;
	phase: PhaseId | null;
	reasonCode: string;
	reasonText: string;
	clauseText: string;
	justification: string | null;
	/** scenario/dataset = a recorded decision (Art. 3.1), law = automatic (Art. 3.2/3.3). */
	source: 'scenario' | 'dataset' | 'law';
}

/** A subject unit neither merged nor kept with a reason: the scheme is not complete. */
export interface DossierUnitLeft {
	code: string;
	name: string;
	label: string;
	level: ScenarioLevel;
	phase: PhaseId;
	clauseText: string;
}

export interface DossierPlan {
	/** Counts of units before and after, per level. */
	unitCount: { before: Record<ScenarioLevel, number>; after: Record<ScenarioLevel, number> };
	/** One paragraph summing the plan up ("Sau sắp xếp, tỉnh … có 10 đơn vị hành chính cấp huyện …"). */
	summaryText: string;
	newUnits: DossierNewUnit[];
	kept: DossierKeptUnit[];
	left: DossierUnitLeft[];
	/** Table of the new units (one row each). */
	table: DossierTable;
	/** Table of every member of every new unit. */
	membersTable: DossierTable;
	/** Table of the kept units (may have no rows). */
	keptTable: DossierTable;
}

/** Staffing and offices (Decree 33/2023; NQ 35 Art. 11-12), from computeScenarioStaffing. */
export interface DossierStaffing {
	effectiveDate: string;
	effectiveDateText: string;
	/** Deadline to bring the surplus to the norm (ISO), when a plan exists. */
	deadline: string | null;
	deadlineText: string;
	deadlineClauseText: string;
	/** The scenario's staffing totals (computeScenarioStaffing); the year-by-year plan is planTable. */
	totals: Omit<ScenarioStaffingResult['totals'], 'plan'>;
	/** Paragraphs: the totals, whether the plan meets the deadline, offices and saving. */
	paragraphs: string[];
	/** Assumptions made for missing staffing inputs (each once), to print as a note. */
	assumptions: string[];
	/** Per new unit: staff before, norm after, surplus; leaders; offices. */
	table: DossierTable;
	/** Year by year: headcount, norm, retirements, transfers, leaves, remaining surplus. */
	planTable: DossierTable;
	/** Surplus offices and their planned use. */
	officesTable: DossierTable;
}

/** Residents whose unit changes (documents to update): the evaluation's count, its paragraphs and table. */
export interface DossierResidents extends ResidentsAffected {
	paragraphs: string[];
	table: DossierTable;
}

/** Public consultation and People's Council votes (NQ 35; filled by the consultation records when entered). */
export interface DossierConsultation {
	units: {
		code: string;
		name: string;
		voters: number;
		agreeing: number;
		ratePercent: number;
		date: string;
		below50: boolean;
	}[];
	resolutions: {
		level: 'commune' | 'district' | 'province';
		number: string;
		date: string;
		votesFor: number;
		votesAgainst: number;
		votesAbstaining: number;
		/** The commune or district whose council voted (null for the province). */
		unitCode?: string | null;
		unitName?: string | null;
	}[];
	/** One sentence summing the consultation up ("12/15 đơn vị đã nhập, 1 đơn vị không đạt trên 50% …"). */
	summaryText?: string;
	/** The clause that requires more than 50% of the voters to agree, as written. */
	clauseText?: string;
}

/** The whole scheme of one scenario version. */
export interface Dossier {
	lang: Lang;
	title: DossierTitle;
	legalBasis: DossierLegalBasis[];
	/** Paragraphs on the necessity of the arrangement. */
	necessity: string[];
	currentState: {
		/** Paragraphs: how many units, how many subject, the date of the figures. */
		paragraphs: string[];
		units: DossierSubjectUnit[];
		table: DossierTable;
	};
	plan: DossierPlan;
	staffing: DossierStaffing | null;
	residents: DossierResidents;
	/** Undefined until consultation results are entered; the documents then say so. */
	consultation?: DossierConsultation;
	/** Headings and fixed phrases every renderer uses, in the dossier's language. */
	labels: DossierLabels;
}

/** Fixed words of the document, in its language. */
export interface DossierLabels {
	part1: string;
	legalBasisHeading: string;
	necessityHeading: string;
	part2: string;
	part3: string;
	staffingHeading: string;
	residentsHeading: string;
	consultationHeading: string;
	consultationMissing: string;
	appendixHeading: string;
	keptHeading: string;
	leftHeading: string;
	table: string;
	figure: string;
	mapBefore: string;
	mapAfter: string;
	mapOfUnit: string;
	unverifiedNote: string;
	recipients: string;
	signer: string;
}
