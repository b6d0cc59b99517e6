/**
 * What building a dossier needs (DossierInput) and the small words every section of the scheme uses: the province's
 * bare name and kind, a unit kind's label, a citation's text.
 */
import type { Lang } from '../format.ts';
import { formatCitation } from '../rules/text-labels.ts';
import type { Citation } from '../rules/types.ts';
import type { ScenarioBasis } from '../scenario/basis.ts';
import type { ScenarioEvaluation } from '../scenario/evaluation.ts';
import type { ScenarioStatus } from '../scenario/lifecycle.ts';
import type { ScenarioStaffingResult } from '../staffing/scenario.ts';
import { KIND_LABEL_EN, KIND_LABEL_VI, type UnitKind } from '../units.ts';
import type { DossierConsultation } from './types.ts';

/** What building a dossier needs: everything already loaded and computed by the screens' functions. */
export interface DossierInput {
	lang: Lang;
	/** Date of the dossier (ISO). */
	today: string;
	dataset: { id: number; name: string; provinceCode: string; provinceName: string; referenceDate: string | null };
	scenario: {
		id: number;
		name: string;
		description: string | null;
		version: number;
		status: ScenarioStatus;
		ruleSetId: string;
	};
	evaluation: ScenarioEvaluation;
	basis: ScenarioBasis;
	/** null when the staffing could not be computed (the section then says so). */
	staffing: ScenarioStaffingResult | null;
	consultation?: DossierConsultation;
}

/** "Tỉnh Lâm Đồng" → "Lâm Đồng"; "Thành phố Hà Nội" → "Hà Nội". */
export function bareProvinceName(name: string): string {
	return name.replace(/^(Tỉnh|Thành phố)\s+/i, '').trim();
}

export function provinceKindVi(name: string): string {
	return /^Thành phố\s/i.test(name) ? 'thành phố' : 'tỉnh';
}

export function kindLabel(kind: UnitKind | null | undefined, lang: Lang): string {
	if (!kind) return '—';
	return (lang === 'vi' ? KIND_LABEL_VI : KIND_LABEL_EN)[kind] ?? kind;
}

export const cite = (c: Citation | null | undefined, lang: Lang): string => (c ? formatCitation(c, lang) : '');

export function capitalise(s: string): string {
	return s ? s[0].toUpperCase() + s.slice(1) : s;
}
