/**
 * Public consultation of a scenario (domain.md §7; issue 12 item 1): per affected unit the voters consulted, how many
 * agreed and when; and the People's Council resolutions at commune, district and province level with their votes.
 */
import type { UnitKind } from '../units.ts';

/** The voters' consultation of one affected unit. Counts are persons; null = not entered yet. */
export interface ConsultationVote {
	unitCode: string;
	voters: number | null;
	agreeing: number | null;
	/** ISO yyyy-mm-dd of the consultation. */
	date: string | null;
	note: string | null;
}

/** A stored vote with who last changed it. */
export interface StoredConsultationVote extends ConsultationVote {
	updatedAt: string;
	updatedBy: string;
}

/** The editable fields of a vote, in the grid's column order. */
export const VOTE_FIELDS = ['voters', 'agreeing', 'date', 'note'] as const;
export type VoteField = (typeof VOTE_FIELDS)[number];
/** A change of a unit's vote; null clears a field. */
export type VotePatch = Partial<Pick<ConsultationVote, VoteField>>;

/** Level of the People's Council that passed a resolution. */
export type CouncilLevel = 'commune' | 'district' | 'province';
export const COUNCIL_LEVELS: readonly CouncilLevel[] = ['commune', 'district', 'province'];

/** A People's Council resolution approving the scheme, with its votes (delegates). */
export interface CouncilResolution {
	id: string;
	level: CouncilLevel;
	/** The commune or district whose council voted; null for the province. */
	unitCode: string | null;
	/** The resolution's number as written, e.g. "15/NQ-HĐND". */
	number: string;
	/** ISO yyyy-mm-dd. */
	date: string;
	votesFor: number;
	votesAgainst: number;
	votesAbstaining: number;
	note: string | null;
}

/** What a new or changed resolution carries (the id is the server's). */
export type CouncilResolutionInput = Omit<CouncilResolution, 'id'>;

/** A unit directly affected by the scenario: a member of one of its merger groups. */
export interface AffectedUnit {
	code: string;
	name: string;
	level: 'district' | 'commune';
	kind: UnitKind;
	parentCode: string | null;
	parentName: string | null;
	groupId: string;
	/** Name of the new unit the group makes. */
	groupName: string | null;
	population: number | null;
}
