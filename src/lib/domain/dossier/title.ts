/** Part I of the scheme and its title page: the Decree 30 header block, the title, and the necessity. */
import type { RuleSet } from '../rules/types.ts';
import { STATUS_LABELS } from '../scenario/status.ts';
import { docDate, docDateLong } from './format.ts';
import { pick } from '../messages.ts';
import { bareProvinceName, provinceKindVi, type DossierInput } from './input.ts';
import type { DossierTitle } from './types.ts';
import { tIn } from '../../i18n/catalogue.ts';

export function titleBlock(input: DossierInput, rules: RuleSet): DossierTitle {
	const { lang, dataset, scenario, evaluation } = input;
	const province = bareProvinceName(dataset.provinceName);
	const kindVi = provinceKindVi(dataset.provinceName);
	const phases = [...evaluation.phases];
	const phaseText = phases.map((p) => p.replace('-', '–')).join(', ');
	const twoTier = !rules.merger.levels.includes('district');
	const whatVi = twoTier ? 'cấp xã' : 'cấp huyện, cấp xã';
	const whatEn = twoTier ? 'commune-level' : 'district- and commune-level';
	const periodVi = phases.length ? ` giai đoạn ${phaseText}` : rules.id === 'nq76-2025' ? ' năm 2025' : '';
	const periodEn = phases.length ? `, ${phaseText}` : rules.id === 'nq76-2025' ? ', 2025' : '';
	const provinceInText = tIn(lang, 'dossier.build.provinceProvince', { kindVi, province });
	return {
		provinceCode: dataset.provinceCode,
		provinceName: province,
		provinceInText,
		datasetId: dataset.id,
		datasetName: dataset.name,
		scenarioId: scenario.id,
		scenarioName: scenario.name,
		scenarioDescription: scenario.description,
		version: scenario.version,
		status: scenario.status,
		statusLabel: STATUS_LABELS[scenario.status]?.[lang] ?? scenario.status,
		date: input.today,
		dateText: docDateLong(input.today, lang),
		referenceDate: dataset.referenceDate,
		referenceDateText: dataset.referenceDate ? docDate(dataset.referenceDate, lang) : '—',
		ruleSetId: rules.id,
		ruleSetTitle: pick(lang, rules.title_vi, rules.title_en),
		phases,
		nationalMotto: {
			country: tIn(lang, 'dossier.build.socialistRepublicOfVietNam'),
			motto: tIn(lang, 'dossier.build.independenceFreedomHappiness')
		},
		issuer: tIn(lang, 'dossier.build.peopleSCommitteeOfP2', { p1: kindVi.toUpperCase(), p2: province.toUpperCase() }),
		numberLine: tIn(lang, 'dossier.build.noDaUbnd'),
		placeDateLine: tIn(lang, 'dossier.build.provinceP1', { province, p1: docDateLong(input.today, lang) }),
		documentKind: tIn(lang, 'dossier.build.scheme'),
		documentTitle: tIn(lang, 'dossier.build.arrangementOfTheWhatenAdministrative', {
			whatVi,
			periodVi,
			kindVi,
			province,
			whatEn,
			periodEn
		})
	};
}

export function necessity(input: DossierInput, rules: RuleSet): string[] {
	const { lang } = input;
	const province = bareProvinceName(input.dataset.provinceName);
	return [
		tIn(lang, 'dossier.build.underP2UnitsBelowThe', {
			p1: rules.id === 'nq35-2023' ? 'Nghị quyết số 35/2023/UBTVQH15 của Ủy ban Thường vụ Quốc hội' : rules.title_vi,
			p2: rules.id === 'nq35-2023' ? 'Resolution 35/2023/UBTVQH15' : rules.title_en
		}),
		tIn(lang, 'dossier.build.thePlanRestsOnThe', { p1: provinceKindVi(input.dataset.provinceName), province })
	];
}
