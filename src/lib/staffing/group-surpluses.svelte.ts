/**
 * The map's group panel shows each merger group's surplus exactly as the staffing tab computes it: from the server
 * (GET /api/scenarios/[sid]/staffing/groups, the same function and the scenario's stored staffing inputs), reloaded
 * whenever a new version of the scenario is saved. While the group on screen differs from the one the figures were
 * computed for (an edit not saved yet), the panel says they are being updated instead of showing a stale number.
 */
import type { GroupSurplusSummary } from '$lib/domain/staffing/scenario';
import { both } from '../i18n/catalogue.ts';

/** What the panel shows for one group. */
export interface GroupSurplusView {
	summary: GroupSurplusSummary | null;
	/** The figures are for another member list or an older version: a new computation is on its way. */
	updating: boolean;
	/** The last load failed (message in both languages). */
	error: { vi: string; en: string } | null;
}

/** Whether the summary was computed for these members (order does not matter). */
export function sameMembers(summary: Pick<GroupSurplusSummary, 'memberCodes'>, members: readonly string[]): boolean {
	if (summary.memberCodes.length !== members.length) return false;
	const set = new Set(summary.memberCodes);
	return members.every((c) => set.has(c));
}

type Fetch = typeof fetch;

/** The surplus summaries of one scenario's groups, loaded per saved version (latest request wins). */
export class ScenarioSurpluses {
	/** Replaced whole on each load, never changed in place: raw (a country's plan has thousands of groups). */
	groups = $state.raw<Record<string, GroupSurplusSummary>>({});
	/** Scenario version the loaded figures belong to (null before the first load). */
	version = $state<number | null>(null);
	loading = $state(false);
	error = $state<{ vi: string; en: string } | null>(null);
	#wanted: number | null = null;

	constructor(
		private readonly scenarioId: () => number,
		private readonly fetcher: Fetch = (...a) => fetch(...a)
	) {}

	/** Load the figures of this saved version (nothing when they are loaded or being loaded already). */
	async load(version: number): Promise<void> {
		if (this.#wanted === version) return;
		this.#wanted = version;
		this.loading = true;
		try {
			const r = await this.fetcher(`/api/scenarios/${this.scenarioId()}/staffing/groups`);
			const body = (await r.json().catch(() => null)) as {
				scenarioVersion: number;
				groups: GroupSurplusSummary[];
			} | null;
			if (this.#wanted !== version) return; // a newer version was asked for meanwhile
			if (!r.ok || !body) {
				this.error = both('staffing.groupSurpluses.staffingNotComputedHttpStatus', { status: r.status });
				return;
			}
			this.groups = Object.fromEntries(body.groups.map((g) => [g.groupId, g]));
			this.version = body.scenarioVersion;
			this.error = null;
		} catch {
			if (this.#wanted === version) {
				this.error = both('staffingUpload.couldNotReachTheServer');
				this.#wanted = null; // try again on the next save
			}
		} finally {
			if (this.#wanted === version || this.#wanted === null) this.loading = false;
		}
	}

	/** The view of one group whose members on screen are `members`, the scenario being saved as `version`. */
	of(groupId: string, members: readonly string[], version: number): GroupSurplusView {
		const summary = this.groups[groupId] ?? null;
		const updating =
			!this.error && (this.loading || this.version !== version || (!!summary && !sameMembers(summary, members)));
		return { summary, updating, error: this.error };
	}
}
