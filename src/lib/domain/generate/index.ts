/**
 * Synthetic province generator: deterministic demo and test data (no real data involved).
 */
export { generateProvince, SYNTHETIC_PROVINCE_CODE, SYNTHETIC_PROVINCE_NAME } from './province';
export { SYNTHETIC_REFERENCE_DATE, SYNTHETIC_SOURCE } from './statistics';
export type { GenerateOptions, GeneratedProvince, GeneratedUnit } from './province';
export { provinceToFiles, provinceToTwoTierFiles, UNITS_CSV_COLUMNS, TWO_TIER_UNITS_CSV_COLUMNS } from './files';
export type {
	ProvinceFiles,
	DistrictFileProperties,
	CommuneFileProperties,
	TwoTierProvinceFiles,
	TwoTierCommuneFileProperties
} from './files';
export { mulberry32, rngStream } from './random';
export type { Rng } from './random';
