/**
 * Shapes of the staffing impact (domain.md §6): what a merger group's staffing is computed from (inputs) and what it
 * gives (results). Counts are posts (persons); dates are ISO.
 */
import type { CommuneClass, CommuneKind, DistrictKind } from '../../units';
import type { Citation, Reason } from '../../rules/types';
import type { ClassRuleSetId } from '../settings';
import type { CommuneQuota, IncrementBasis, QuotaFigures } from '../quota';
import type { ClassEstimate } from '../class-estimate';

// ---------------------------------------------------------------------------------------------------------------
// Inputs
// ---------------------------------------------------------------------------------------------------------------

/** Staff counts entered for a unit (posts filled). null/undefined = not entered. */
export interface ActualStaff {
	cadresCivilServants?: number | null;
	nonProfessional?: number | null;
}

/** One commune-level member of a merger group. */
export interface CommuneMemberInput {
	code: string;
	name?: string | null;
	kind: CommuneKind;
	/** Class of record (input); null → estimated from the NQ 1211 scoring (labelled). */
	communeClass: CommuneClass | null;
	figures: QuotaFigures;
	/** For the class estimate: mountainous/highland xã, national land border, island unit. */
	mountainous?: boolean;
	border?: boolean;
	island?: boolean;
	/** Classification rule set of the class estimate (default NQ 1211/2016). */
	classRuleSet?: ClassRuleSetId;
	actual?: ActualStaff | null;
	/** Leader posts (chair and vice-chairs); default by class (setting). */
	leaderPosts?: number | null;
	/** Offices (trụ sở) of the unit; default 1. */
	offices?: number | null;
}

/** The new commune-level unit of a merger group. */
export interface NewCommuneInput {
	code?: string | null;
	name?: string | null;
	kind: CommuneKind;
	/** Class of the new unit (input); default: the highest class among the members. */
	communeClass?: CommuneClass | null;
	figures: QuotaFigures;
	mountainous?: boolean;
	border?: boolean;
	island?: boolean;
	/** Classification rule set of the class estimate (default NQ 1211/2016). */
	classRuleSet?: ClassRuleSetId;
	otherPoints?: number | null;
	leaderPosts?: number | null;
	/** Offices kept after the merger; default 1. */
	offices?: number | null;
	/** Member whose seat becomes the new unit's seat. */
	seatMemberCode?: string | null;
}

/** Planned use of a surplus office. */
export type OfficeUse = 'other_agency' | 'health_education_culture' | 'disposal';
export const OFFICE_USES: readonly OfficeUse[] = ['other_agency', 'health_education_culture', 'disposal'];

/** The user's plan for one surplus office (by its id, e.g. "00001#1"). */
export interface OfficePlanInput {
	officeId: string;
	use?: OfficeUse | null;
	targetDate?: string | null;
	note?: string | null;
}

export interface GroupCommon {
	id: string;
	/** Date the arrangement takes effect (ISO): leaders' retention, office target dates. */
	effectiveDate?: string | null;
	/** End of the current term of office (ISO), for the leaders' salary retention. */
	termEnd?: string | null;
	officePlans?: OfficePlanInput[];
}

export interface CommuneGroupInput extends GroupCommon {
	level: 'commune';
	members: CommuneMemberInput[];
	newUnit: NewCommuneInput;
}

export interface DistrictMemberInput {
	code: string;
	name?: string | null;
	kind: DistrictKind;
	/** Actual staff (posts filled): the only figure at district level. */
	staff: number | null;
	leaderPosts?: number | null;
	offices?: number | null;
}

export interface DistrictGroupInput extends GroupCommon {
	level: 'district';
	members: DistrictMemberInput[];
	newUnit: {
		code?: string | null;
		name?: string | null;
		kind: DistrictKind;
		/** Surplus entered by the user (posts); default: sum − largest member. */
		surplus?: number | null;
		leaderPosts?: number | null;
		offices?: number | null;
		seatMemberCode?: string | null;
	};
}

export type MergerGroupStaffingInput = CommuneGroupInput | DistrictGroupInput;

// ---------------------------------------------------------------------------------------------------------------
// Results
// ---------------------------------------------------------------------------------------------------------------

/** Where a staff figure comes from. */
export type StaffSource = 'actual' | 'quota' | 'missing';

export interface StaffFigure {
	value: number | null; // posts
	source: StaffSource;
}

/** Cadres and civil servants, and non-professional workers (null at district level or when unknown). */
export interface StaffTotals {
	cadresCivilServants: number | null;
	nonProfessional: number | null;
}

export interface MemberStaffing {
	code: string;
	name: string | null;
	kind: CommuneKind | DistrictKind;
	communeClass: CommuneClass | null;
	classSource: 'input' | 'estimate' | null;
	classEstimate: ClassEstimate | null;
	quota: CommuneQuota | null;
	cadresCivilServants: StaffFigure;
	nonProfessional: StaffFigure;
	leaderPosts: { value: number; source: 'input' | 'default' };
	offices: number;
}

export interface SurplusOffice {
	id: string;
	/** Member whose office it was; null when the seat is not chosen yet. */
	memberCode: string | null;
	use: OfficeUse | null;
	targetDate: string | null;
	targetDateSource: 'entered' | 'default' | null;
	note: string | null;
}

export interface GroupStaffingImpact {
	id: string;
	level: 'commune' | 'district';
	members: MemberStaffing[];
	newUnit: {
		code: string | null;
		name: string | null;
		kind: CommuneKind | DistrictKind;
		communeClass: CommuneClass | null;
		classSource: 'input' | 'highest_member' | 'estimate' | null;
		classEstimate: ClassEstimate | null;
		quota: CommuneQuota | null;
	};
	/** Staff of the members (posts). */
	before: StaffTotals;
	/** The norm after the merger: quota of the new unit (commune) or before − surplus (district). */
	after: StaffTotals;
	/** Posts above the norm (≥ 0). */
	surplus: StaffTotals;
	/** Posts the norm leaves unfilled (the new quota exceeds the staff), ≥ 0. */
	vacancies: StaffTotals;
	surplusSource: 'quota' | 'district_default' | 'entered';
	/**
	 * Commune level: which standard the new unit's quota increments were counted on (Decree 33 Art. 6.2; domain.md
	 * §6: the normal one unless the reduced-standard setting is on). null at district level (no quota formula).
	 */
	incrementBasis: IncrementBasis | null;
	leaders: {
		before: number;
		after: number;
		/** Leaders who lose their post. */
		affected: number;
		retention: { months: number; until: string | null; minMonths: number; clause: Citation; verified: boolean };
	};
	offices: { before: number; after: number; surplus: number; items: SurplusOffice[] };
	/** Assumptions made for missing inputs (labelled in the UI and the dossier). */
	assumptions: Reason[];
	reasons: Reason[];
	warnings: Reason[];
}
