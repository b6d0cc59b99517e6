/**
 * Edit operations as data: what the HTTP API and the editor send, applied all or nothing, and summarised for the
 * version history.
 */
import { err, ScenarioEditError } from './errors.ts';
import { clearExemption, setExemption } from './exemptions.ts';
import {
	addAllCommunesOfDistrict,
	addMember,
	deleteGroup,
	lockGroup,
	newGroup,
	removeMember,
	setGroupFields,
	type NewGroupInit
} from './operations.ts';
import type { GroupFields, ScenarioCatalog, ScenarioContent } from './types.ts';
import { both } from '../../i18n/catalogue.ts';

/** One edit, as the UI sends it. */
export type ScenarioOp =
	| { op: 'addMember'; groupId: string; code: string }
	| { op: 'removeMember'; groupId: string; code: string }
	| ({ op: 'newGroup' } & NewGroupInit)
	| { op: 'deleteGroup'; groupId: string }
	| { op: 'setGroupFields'; groupId: string; fields: GroupFields }
	| { op: 'lockGroup'; groupId: string; locked: boolean }
	| { op: 'addAllCommunesOfDistrict'; groupId: string; districtCode: string }
	| {
			op: 'setExemption';
			code: string;
			reasonCode: string;
			justification: string;
			refNumber?: string | null;
			refDate?: string | null;
	  }
	| { op: 'clearExemption'; code: string };

export const SCENARIO_OPS = [
	'addMember',
	'removeMember',
	'newGroup',
	'deleteGroup',
	'setGroupFields',
	'lockGroup',
	'addAllCommunesOfDistrict',
	'setExemption',
	'clearExemption'
] as const;

/** Apply one op. */
export function applyOp(content: ScenarioContent, op: ScenarioOp, catalog: ScenarioCatalog): ScenarioContent {
	switch (op?.op) {
		case 'addMember':
			return addMember(content, catalog, String(op.groupId), String(op.code));
		case 'removeMember':
			return removeMember(content, String(op.groupId), String(op.code));
		case 'newGroup': {
			const { op: _op, ...init } = op;
			return newGroup(content, catalog, init);
		}
		case 'deleteGroup':
			return deleteGroup(content, String(op.groupId));
		case 'setGroupFields':
			return setGroupFields(content, catalog, String(op.groupId), op.fields ?? {});
		case 'lockGroup':
			return lockGroup(content, String(op.groupId), op.locked !== false);
		case 'addAllCommunesOfDistrict':
			return addAllCommunesOfDistrict(content, catalog, String(op.groupId), String(op.districtCode));
		case 'setExemption':
			return setExemption(content, catalog, {
				code: op.code,
				reasonCode: op.reasonCode,
				justification: op.justification,
				refNumber: op.refNumber,
				refDate: op.refDate
			});
		case 'clearExemption':
			return clearExemption(content, String(op.code));
		default:
			throw err(
				'unknown_op',
				{ op: (op as { op?: unknown })?.op ?? null, known: SCENARIO_OPS },
				both('scenario.ops.unknownOperationP1', { p1: String((op as { op?: unknown })?.op) })
			);
	}
}

/** An op that failed inside a batch: which one (0-based) and why. */
export class ScenarioOpError extends ScenarioEditError {
	readonly opIndex: number;
	constructor(opIndex: number, cause: ScenarioEditError) {
		super(cause.code, cause.params, cause.messages);
		this.name = 'ScenarioOpError';
		this.opIndex = opIndex;
	}
}

/** Apply ops in order, all or nothing: the first failing op throws a ScenarioOpError with its index. */
export function applyOps(
	content: ScenarioContent,
	ops: readonly ScenarioOp[],
	catalog: ScenarioCatalog
): ScenarioContent {
	let out = content;
	for (let i = 0; i < ops.length; i++) {
		try {
			out = applyOp(out, ops[i], catalog);
		} catch (e) {
			if (e instanceof ScenarioEditError) throw new ScenarioOpError(i, e);
			throw e;
		}
	}
	return out;
}

/** A short summary of a batch of ops for the version history ("addMember 25111 → g1; setGroupFields g1"). */
export function summarizeOps(ops: readonly ScenarioOp[]): string {
	const parts = ops.map((o) => {
		switch (o.op) {
			case 'addMember':
				return `addMember ${o.code} → ${o.groupId}`;
			case 'removeMember':
				return `removeMember ${o.code} ← ${o.groupId}`;
			case 'newGroup':
				return `newGroup${o.id ? ` ${o.id}` : ''}${o.members?.length ? ` [${o.members.join(',')}]` : ''}`;
			case 'deleteGroup':
				return `deleteGroup ${o.groupId}`;
			case 'setGroupFields':
				return `setGroupFields ${o.groupId} ${Object.keys(o.fields ?? {}).join(',')}`;
			case 'lockGroup':
				return `${o.locked === false ? 'unlock' : 'lock'} ${o.groupId}`;
			case 'addAllCommunesOfDistrict':
				return `addAllCommunesOfDistrict ${o.districtCode} → ${o.groupId}`;
			case 'setExemption':
				return `setExemption ${o.code} ${o.reasonCode}`;
			case 'clearExemption':
				return `clearExemption ${o.code}`;
			default:
				return String((o as { op?: unknown }).op);
		}
	});
	const s = parts.join('; ');
	return s.length > 500 ? s.slice(0, 497) + '…' : s;
}
