/** A comment on a scenario, one of its merger groups or one unit, tied to the scenario version it was written on. */
export interface ScenarioComment {
	id: string;
	parentId: string | null;
	targetKind: 'scenario' | 'group' | 'unit';
	targetKey: string | null;
	scenarioVersion: number;
	body: string;
	author: string;
	authorName: string | null;
	createdAt: string;
	resolvedAt: string | null;
	resolvedBy: string | null;
}
