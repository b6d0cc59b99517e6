/**
 * The planner page's state: the options, the run (a POST whose answer streams progress, then the plans), which plan
 * is shown, and accepting it as a new scenario or into a draft. `fetch` and the navigation are passed in, so a unit
 * test drives it with a scripted server.
 */
import { apiErrorText } from '../api-error.ts';
import type { Plan, PlannerPhase, PlanResult, WeightLevel } from '../domain/planner/types.ts';
import { parseProtect } from './fills.ts';
import { readNdjson } from './stream.ts';

export type PlannerRunResult = PlanResult & { seconds: number; keepScenario: { id: number; version: number } | null };

type Msg =
	| { type: 'progress'; done: number; stage: string }
	| { type: 'result'; result: PlannerRunResult }
	| { type: 'error'; status?: number };

export class PlannerState {
	// Options (the defaults of the domain's DEFAULT_PLANNER_OPTIONS).
	phase = $state<PlannerPhase>('2023-2025');
	crossDistrict = $state(false);
	maxMembers = $state(4);
	preferSubjectPartners = $state(false);
	protectText = $state('');
	residentsWeight = $state<WeightLevel>('normal');
	compactnessWeight = $state<WeightLevel>('normal');
	keepScenarioId = $state<number | null>(null);

	running = $state(false);
	progress = $state(0);
	stage = $state('');
	problem = $state<string | null>(null);
	result = $state<PlannerRunResult | null>(null);
	shown = $state(0);
	acceptName = $state('');
	accepting = $state(false);
	level = $state<'district' | 'commune'>('commune');
	readonly plan = $derived<Plan | null>(this.result?.plans[this.shown] ?? null);

	constructor(
		private readonly datasetId: number,
		keepScenarioId: number | null,
		private readonly fetchFn: typeof fetch = (...a) => fetch(...a)
	) {
		this.keepScenarioId = keepScenarioId;
	}

	/** Run the planner with the options; progress and the result arrive as the answer streams. */
	async run(): Promise<void> {
		this.running = true;
		this.progress = 0;
		this.stage = 'load';
		this.problem = null;
		this.result = null;
		this.shown = 0;
		try {
			const r = await this.fetchFn(`/api/datasets/${this.datasetId}/planner`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({
					ruleSetId: 'nq35-2023',
					keepScenarioId: this.keepScenarioId,
					options: {
						phase: this.phase,
						crossDistrict: this.crossDistrict,
						maxMembers: this.maxMembers,
						preferSubjectPartners: this.preferSubjectPartners,
						protect: parseProtect(this.protectText),
						residentsWeight: this.residentsWeight,
						compactnessWeight: this.compactnessWeight,
						alternatives: 3
					}
				})
			});
			if (!r.ok || !r.body) {
				this.problem = apiErrorText(await r.json().catch(() => null), r.status);
				return;
			}
			await readNdjson(r.body, (m) => this.receive(m as Msg));
		} catch (err) {
			this.problem = String((err as Error).message ?? err);
		} finally {
			this.running = false;
		}
	}

	private receive(msg: Msg): void {
		if (msg.type === 'progress') {
			this.progress = msg.done;
			this.stage = msg.stage;
		} else if (msg.type === 'result') {
			this.result = msg.result;
			this.progress = 1;
			const hasDistrict = msg.result.plans[0]?.groups.some((g: { level: string }) => g.level === 'district');
			this.level = hasDistrict ? 'district' : 'commune';
		} else if (msg.type === 'error') this.problem = apiErrorText(msg, msg.status ?? 500);
	}

	/** Accept the plan shown as a new scenario, or its new groups into the draft it completes; then go to it. */
	async accept(intoDraft: boolean, go: (url: string) => Promise<void>): Promise<void> {
		const plan = this.plan;
		const result = this.result;
		if (!plan || !result) return;
		this.accepting = true;
		this.problem = null;
		const groups = plan.groups
			.filter((g) => !(intoDraft && g.kept))
			.map((g) => ({ level: g.level, members: g.members }));
		const body = intoDraft
			? { groups, scenarioId: result.keepScenario!.id, version: result.keepScenario!.version }
			: { groups, ruleSetId: result.ruleSetId, name: this.acceptName.trim() || undefined };
		const r = await this.fetchFn(`/api/datasets/${this.datasetId}/planner/accept`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(body)
		});
		this.accepting = false;
		const b = await r.json().catch(() => null);
		if (!r.ok) {
			this.problem = apiErrorText(b, r.status);
			return;
		}
		await go(`/datasets/${this.datasetId}/scenarios/${b.scenarioId}`);
	}
}
