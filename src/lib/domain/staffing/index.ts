/**
 * Staffing and offices (domain.md §6): quotas, class estimate, surplus and leaders, offices, the five-year plan,
 * leave payments and payroll saving. Pure TypeScript over plain data; relative imports only (the CLI runs it).
 */
export type {
	StaffingSettings,
	StaffingValue,
	StaffingValueUnit,
	StaffingValueRow,
	PointScale,
	PopulationScale,
	RetirementRoadmap,
	Decree29Rules,
	Decree178Rules,
	ClassBands,
	ClassRuleSetId
} from './settings';
export {
	STAFFING_SETTINGS,
	STAFFING_SETTINGS_ID,
	CLASS_RULE_SET_IDS,
	createStaffingSettings,
	applyStaffingOverrides,
	listStaffingValues,
	unverifiedStaffingKeys,
	isStaffingValue,
	sv
} from './settings';

export type { QuotaFigures, CommuneQuota, IncrementBasis } from './quota';
export { communeQuota, quotaFiguresFromVerdict, fullSteps } from './quota';

export type { ClassEstimateInput, ClassEstimate, EstimatedClass } from './class-estimate';
export {
	estimateCommuneClass,
	classOfPoints,
	estimatedClassOfPoints,
	classBands,
	defaultClassRuleSet,
	scalePoints
} from './class-estimate';

export type {
	ActualStaff,
	CommuneMemberInput,
	NewCommuneInput,
	OfficeUse,
	OfficePlanInput,
	CommuneGroupInput,
	DistrictMemberInput,
	DistrictGroupInput,
	MergerGroupStaffingInput,
	StaffSource,
	StaffFigure,
	StaffTotals,
	MemberStaffing,
	SurplusOffice,
	GroupStaffingImpact,
	ScenarioStaffingImpact
} from './impact';
export {
	OFFICE_USES,
	groupStaffingImpact,
	scenarioStaffingImpact,
	defaultDistrictSurplus,
	highestClass,
	communeMemberFromUnit,
	newCommuneFromMerger
} from './impact';

export type { Sex, AgeBand, StaffingPlanInput, PlanYear, StaffingPlan } from './plan';
export {
	staffingPlan,
	expectedRetirementsByYear,
	retirementAge,
	surplusDeadline,
	addYears,
	addMonths,
	monthsBetween,
	isIsoDate
} from './plan';

export type {
	LeaveDecree,
	LeaveKind,
	LeaveCase,
	LeavePayment,
	PaymentComponent,
	TypicalLeave,
	PlanLeaveCost,
	PayrollSaving
} from './money';
export {
	leavePayment,
	leaveDecreeOn,
	yearsOfMonths,
	planLeaveCost,
	annualPayrollSaving,
	salaryRetentionMonths
} from './money';
