/** The dossier model (domain.md §7): types, builder, document formatting and legal basis. */
export type * from './types.ts';
export { buildDossier, bareProvinceName, type DossierInput } from './build.ts';
export { docArea, docAreaKm2, docDate, docDateLong, docInteger, docPercent, formatCell } from './format.ts';
export { legalBasisOf, LEGAL_BASIS } from './legal-basis.ts';
