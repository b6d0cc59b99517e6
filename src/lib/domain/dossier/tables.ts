/**
 * Tables of the scheme that the renderers draw the same way (DOCX, PDF, HTML): a new unit's members, the
 * consultation's voters per unit, and one line per People's Council resolution (the workbook's table of them too).
 */
import { docDate, docInteger } from './format.ts';
import { capitalise } from './input.ts';
import type { DossierColumn, DossierConsultation, DossierNewUnit, DossierTable } from './types.ts';
import type { Lang } from '../format.ts';
import { tIn } from '../../i18n/catalogue.ts';

/** The voters of each affected unit, the rate agreeing, and the units not above 50% flagged with the clause. */
export function consultationTable(cons: DossierConsultation, lang: Lang): DossierTable {
	return {
		id: 'consultation',
		caption: tIn(lang, 'dossier.tables.publicConsultation'),
		sheetName: tIn(lang, 'dossier.xlsx.publicConsultation'),
		columns: [
			{ key: 'code', label: tIn(lang, 'consultationGrid.code'), kind: 'code' },
			{ key: 'name', label: tIn(lang, 'consultationGrid.unit'), kind: 'text' },
			{ key: 'voters', label: tIn(lang, 'consultation.validate.voters'), kind: 'integer' },
			{ key: 'agreeing', label: tIn(lang, 'dossier.tables.agreeing'), kind: 'integer' },
			{ key: 'rate', label: tIn(lang, 'dossier.tables.rate'), kind: 'percent' },
			{ key: 'date', label: tIn(lang, 'dossier.tables.date'), kind: 'date' },
			{ key: 'flag', label: tIn(lang, 'consultation.validate.note'), kind: 'text' }
		],
		rows: cons.units.map((u) => ({
			code: u.code,
			name: u.name,
			voters: u.voters,
			agreeing: u.agreeing,
			rate: u.ratePercent / 100,
			date: u.date,
			flag: u.below50 ? tIn(lang, 'dossier.tables.notAbove50') : ''
		})),
		note: cons.clauseText ? tIn(lang, 'dossier.tables.moreThan50OfThe', { clauseText: cons.clauseText }) : undefined
	};
}

/** A level in words, in a sentence ("cấp huyện"); levelLabel heads a table cell ("Cấp huyện"). */
const levelName = (l: DossierConsultation['resolutions'][number]['level'], lang: Lang) =>
	l === 'commune'
		? tIn(lang, 'dossier.tables.commune')
		: l === 'district'
			? tIn(lang, 'dossier.tables.district')
			: tIn(lang, 'dossier.tables.province');

export const levelLabel = (l: DossierConsultation['resolutions'][number]['level'], lang: Lang) =>
	capitalise(levelName(l, lang));

/** One line per People's Council resolution: level, unit, number, date and the votes. */
export function resolutionLines(cons: DossierConsultation, lang: Lang): string[] {
	return cons.resolutions.map((r) => {
		const unit = r.unitName ? ` ${r.unitName}` : '';
		return tIn(lang, 'dossier.tables.peopleSCouncilP1Unit', {
			p1: levelName(r.level, lang),
			unit,
			number: r.number,
			p2: docDate(r.date, lang),
			p3: docInteger(r.votesFor, lang),
			p4: docInteger(r.votesAgainst, lang),
			p5: docInteger(r.votesAbstaining, lang),
			votesFor: r.votesFor,
			votesAgainst: r.votesAgainst,
			votesAbstaining: r.votesAbstaining
		});
	});
}

/** The People's Council resolutions as a table (the workbook's sheet): level, number, date and the votes. */
export function resolutionsTable(cons: DossierConsultation, lang: Lang): DossierTable {
	return {
		id: 'consultation_resolutions',
		caption: tIn(lang, 'dossier.xlsx.peopleSCouncilResolutions'),
		sheetName: tIn(lang, 'dossier.xlsx.councilResolutions'),
		columns: [
			{ key: 'level', label: tIn(lang, 'dossier.build.level'), kind: 'text' },
			{ key: 'number', label: tIn(lang, 'dossier.xlsx.number'), kind: 'text' },
			{ key: 'date', label: tIn(lang, 'dossier.tables.date'), kind: 'date' },
			{ key: 'for', label: tIn(lang, 'dossier.xlsx.for'), kind: 'integer' },
			{ key: 'against', label: tIn(lang, 'dossier.xlsx.against'), kind: 'integer' },
			{ key: 'abstaining', label: tIn(lang, 'dossier.xlsx.abstaining'), kind: 'integer' }
		],
		rows: cons.resolutions.map((r) => ({
			level: levelLabel(r.level, lang),
			number: r.number,
			date: r.date,
			for: r.votesFor,
			against: r.votesAgainst,
			abstaining: r.votesAbstaining
		}))
	};
}

/** The members of a new unit with their area, population and ratios, and the new unit as the total row. */
export function newUnitMembersTable(n: DossierNewUnit, lang: Lang): DossierTable {
	return {
		id: `members_${n.groupId}`,
		caption: tIn(lang, 'dossier.tables.unitsFormingName', { name: n.name }),
		sheetName: n.name.slice(0, 31),
		columns: [
			{ key: 'code', label: tIn(lang, 'consultationGrid.code'), kind: 'code' },
			{ key: 'name', label: tIn(lang, 'dossier.build.unit'), kind: 'text' },
			{ key: 'area', label: tIn(lang, 'dossier.tables.naturalAreaKm'), kind: 'area' },
			{ key: 'areaRatio', label: tIn(lang, 'dossier.tables.ofStandard'), kind: 'percent' },
			{ key: 'population', label: tIn(lang, 'dossier.tables.population'), kind: 'integer' },
			{ key: 'populationRatio', label: tIn(lang, 'dossier.tables.ofStandard'), kind: 'percent' },
			{ key: 'role', label: tIn(lang, 'groupPanel.role'), kind: 'text' }
		],
		rows: n.members.map((m) => ({
			code: m.code,
			name: m.name,
			...measureCells(m),
			role: m.roleLabel
		})),
		total: {
			code: '',
			name: n.name,
			...measureCells(n),
			role: ''
		}
	};
}

/** The four columns of a unit's size against the standards: area, its ratio, population, its ratio. */
export function measureColumns(lang: Lang): DossierColumn[] {
	return [
		{ key: 'area', label: tIn(lang, 'dossier.tables.naturalAreaKm'), kind: 'area' },
		{ key: 'areaRatio', label: tIn(lang, 'dossier.tables.ofAreaStandard'), kind: 'percent' },
		{ key: 'population', label: tIn(lang, 'dossier.tables.populationPersons'), kind: 'integer' },
		{
			key: 'populationRatio',
			label: tIn(lang, 'dossier.tables.ofPopulationStandard'),
			kind: 'percent'
		}
	];
}

/** The cells of the four measure columns (measureColumns) for a unit, a member or a new unit. */
export function measureCells(u: {
	areaKm2: number | null;
	areaRatio: number | null;
	population: number | null;
	populationRatio: number | null;
}): { area: number | null; areaRatio: number | null; population: number | null; populationRatio: number | null } {
	return { area: u.areaKm2, areaRatio: u.areaRatio, population: u.population, populationRatio: u.populationRatio };
}
