/** The fixed words of the scheme: part headings, captions' prefixes, the signature block. */
import type { Lang } from '../format.ts';
import type { DossierLabels } from './types.ts';
import { tIn } from '../../i18n/catalogue.ts';

export function dossierLabels(lang: Lang): DossierLabels {
	return {
		part1: tIn(lang, 'dossier.build.partINecessityAndLegal'),
		legalBasisHeading: tIn(lang, 'dossier.build.legalBasis'),
		necessityHeading: tIn(lang, 'dossier.build.necessity'),
		part2: tIn(lang, 'dossier.build.partIiCurrentStateOf'),
		part3: tIn(lang, 'dossier.build.partIiiTheArrangementPlan'),
		staffingHeading: tIn(lang, 'dossier.build.partIvStaffAndSurplus'),
		residentsHeading: tIn(lang, 'dossier.build.partVResidentsWhoseDocuments'),
		consultationHeading: tIn(lang, 'dossier.build.partViPublicConsultationAnd'),
		consultationMissing: tIn(lang, 'dossier.build.noConsultationResultsOrCouncil'),
		appendixHeading: tIn(lang, 'dossier.build.appendix'),
		keptHeading: tIn(lang, 'dossier.build.unitsSubjectToArrangementThat'),
		leftHeading: tIn(lang, 'dossier.build.unitsSubjectToArrangementWithout'),
		table: tIn(lang, 'dossier.build.table'),
		figure: tIn(lang, 'dossier.build.figure'),
		mapBefore: tIn(lang, 'dossier.build.mapOfTheUnitsBefore'),
		mapAfter: tIn(lang, 'dossier.build.mapOfTheUnitsAfter'),
		mapOfUnit: tIn(lang, 'dossier.build.mapOf'),
		unverifiedNote: tIn(lang, 'dossier.build.numberDateAndTitleTo'),
		recipients: tIn(lang, 'dossier.build.recipients'),
		signer: tIn(lang, 'dossier.build.onBehalfOfThePeople')
	};
}
