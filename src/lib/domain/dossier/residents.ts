/** Part V of the scheme: the residents whose documents change, per new unit. */
import { docInteger } from './format.ts';
import type { DossierInput } from './input.ts';
import type { DossierNewUnit, DossierResidents } from './types.ts';
import { tIn } from '../../i18n/catalogue.ts';

export function residentsSection(input: DossierInput, newUnits: DossierNewUnit[]): DossierResidents {
	const { lang } = input;
	const r = input.evaluation.residentsAffected;
	const paragraphs = [
		tIn(lang, 'dossier.build.residentsWhoseDocumentsChangeP1', {
			p1: docInteger(r.total, lang),
			p2: docInteger(r.absorbedCommunes, lang),
			p3: docInteger(r.absorbedCommuneCount, lang),
			p4: docInteger(r.districtChange, lang),
			p5: docInteger(r.districtChangeCommunes, lang)
		})
	];
	if (r.missingPopulation.length)
		paragraphs.push(tIn(lang, 'dossier.build.populationMissingForP1Counted', { p1: r.missingPopulation.join(', ') }));
	return {
		...r,
		paragraphs,
		table: {
			id: 'residents',
			caption: tIn(lang, 'dossier.build.residentsAffectedByNewUnit'),
			sheetName: tIn(lang, 'dossier.build.residents'),
			columns: [
				{ key: 'name', label: tIn(lang, 'staffingGroupCard.newUnit'), kind: 'text' },
				{ key: 'retired', label: tIn(lang, 'dossier.build.codesRetired'), kind: 'text' },
				{ key: 'residents', label: tIn(lang, 'dossier.build.persons'), kind: 'integer' }
			],
			rows: newUnits.map((n) => ({
				name: n.name,
				retired: n.retiredCodes.join(', '),
				residents: n.residentsAffected
			})),
			total: { name: tIn(lang, 'dossier.build.totalDistinct'), retired: '', residents: r.total }
		}
	};
}
