import type { Generated } from 'kysely';

/** Table types. Column names as in the migrations. Codes are text everywhere. */
export interface DatasetTable {
	id: Generated<number>;
	name: string;
	province_code: string;
	province_name: string;
	reference_date: string | null;
	default_terrain: string;
	source_notes: string | null;
	is_demo: Generated<number>;
	/** 'three-tier' (province → districts → communes) or 'two-tier' (province → communes, since 1 July 2025); migration 006. */
	structure: Generated<string>;
	/** Change counter of the dataset's units and adjacency (migration 055): the key of in-memory copies. */
	data_version: Generated<number>;
	created_at: string;
	created_by: string;
}

export interface UnitTable {
	id: Generated<number>;
	dataset_id: number;
	code: string;
	level: string;
	kind: string;
	parent_code: string | null;
	name: string;
	terrain: string | null;
	ethnic_minority_share: number | null;
	border: number;
	island: number;
	coastal_difficult: number;
	delta: number;
	population: number | null;
	population_date: string | null;
	population_source: string | null;
	// The parts of the population (migration 006), persons; null = not given. When given, population is their sum.
	population_permanent: number | null; // permanent residents (thường trú)
	population_temporary_converted: number | null; // temporary residents converted by the official rule (tạm trú quy đổi)
	area_official_km2: number | null;
	area_source: string | null;
	area_computed_km2: number | null;
	compactness: number | null; // Polsby–Popper, 0..1
	commune_class: string | null;
	last_arranged_period: string | null;
	// Staffing inputs (migration 003), null = not entered. For a district, staff_actual is its bodies' staff.
	staff_actual: number | null; // cadres and civil servants, posts
	nonprofessional_actual: number | null; // non-professional workers, persons (commune level)
	leaders: number | null; // leader posts
	offices: number | null; // office buildings (trụ sở)
	exemption_code: string | null;
	exemption_note: string | null;
	/** Reference document of the exemption: number and ISO date of the letter (migration 020). */
	exemption_ref_number: string | null;
	exemption_ref_date: string | null;
	geometry: string;
	display_geometry: string;
	label_lon: number | null;
	label_lat: number | null;
	min_lon: number | null;
	min_lat: number | null;
	max_lon: number | null;
	max_lat: number | null;
	extra: string | null;
}

export interface AdjacencyTable {
	id: Generated<number>;
	dataset_id: number;
	level: string;
	a_code: string;
	b_code: string;
	shared_km: number | null;
	doubtful: number;
	source: string;
	reason: string | null;
	created_at: string;
	created_by: string;
}

export interface DataQualityTable {
	id: Generated<number>;
	dataset_id: number;
	check_kind: string;
	severity: string;
	codes: string;
	value: number | null;
	value_unit: string | null;
	lon: number | null;
	lat: number | null;
	message_vi: string;
	message_en: string;
}

export interface RuleOverrideTable {
	id: Generated<number>;
	rule_set_id: string;
	key: string;
	value: string; // JSON
	reason: string;
	created_at: string;
	created_by: string;
	revoked_at: string | null;
	revoked_by: string | null;
}

export interface AuditLogTable {
	id: Generated<number>;
	at: string;
	who: string;
	dataset_id: number | null;
	entity: string;
	entity_key: string | null;
	action: string;
	field: string | null;
	before: string | null;
	after: string | null;
	note: string | null;
}

// Scenarios (migrations 002 and 004).
export interface ScenarioTable {
	id: Generated<number>;
	dataset_id: number;
	rule_set_id: Generated<string>;
	name: string;
	description: string | null;
	status: Generated<string>;
	owner: string;
	version: Generated<number>;
	state_version: Generated<number>;
	redo_states: Generated<string>; // JSON number[]
	created_at: string;
	created_by: string;
	updated_at: string;
	updated_by: string;
	deleted_at: string | null;
	deleted_by: string | null;
	copied_from: number | null;
	/** The version whose row holds the latest whole content (migration 2026-12-03_010): the content is rebuilt from it. */
	checkpoint_version: Generated<number>;
	group_count: Generated<number>;
	exemption_count: Generated<number>;
}

export interface ScenarioVersionTable {
	id: Generated<number>;
	scenario_id: number;
	version: number;
	content: string;
	at: string;
	who: string;
	op: string;
	summary: string | null;
	state_version: number;
	parent_state: number | null;
	/** JSON ContentDelta from the version before (null: a first version, or a row written before 2026-12-03_010). */
	delta: string | null;
	/** 1: `content` holds the whole content (a checkpoint); 0: `content` is '' and `delta` makes it. */
	checkpoint: Generated<number>;
}

export interface ScenarioStaffingTable {
	scenario_id: number;
	inputs: string; // JSON ScenarioStaffingInputs
	version: number;
	updated_at: string;
	updated_by: string;
}

// Accounts (migration 2026-12-02_010).
export interface UserTable {
	login: string; // lower case, the stable id recorded as "who"
	name: string;
	role: string; // viewer | editor | reviewer | admin
	datasets: string | null; // JSON number[]; null = every dataset
	password_hash: string; // argon2id PHC string
	password_changed_at: string;
	disabled_at: string | null;
	created_at: string;
	created_by: string;
	updated_at: string;
}

export interface SessionTable {
	id: string;
	secret_hash: string; // hex SHA-256 of the token's secret half
	login: string;
	created_at: string;
	last_seen_at: string;
	address: string | null;
	user_agent: string | null;
}

export interface LoginThrottleTable {
	key: string; // account:<login> | address:<ip>
	failures: number;
	window_started_at: string;
	locked_until: string | null;
}

// Review comments (migration 2026-12-02_030).
export interface ScenarioCommentTable {
	id: string;
	scenario_id: number;
	parent_id: string | null;
	target_kind: string; // scenario | group | unit
	target_key: string | null;
	scenario_version: number;
	body: string;
	author: string;
	created_at: string;
	resolved_at: string | null;
	resolved_by: string | null;
}

// The dossier's export cache (migration 060): one row per (scenario, format, level, language).
export interface ExportCacheTable {
	scenario_id: number;
	format: string;
	level: string;
	lang: string;
	scenario_version: number;
	data_stamp: string;
	filename: string;
	content_type: string;
	size: number;
	content_base64: string;
	created_at: string;
}

// Public consultation and council resolutions (migration 2026-12-02_040).
export interface ConsultationVoteTable {
	scenario_id: number;
	unit_code: string;
	voters: number | null; // persons
	agreeing: number | null; // persons
	vote_date: string | null;
	note: string | null;
	updated_at: string;
	updated_by: string;
}

export interface CouncilResolutionTable {
	id: string;
	scenario_id: number;
	level: string; // commune | district | province
	unit_code: string | null;
	number: string;
	resolution_date: string;
	votes_for: number;
	votes_against: number;
	votes_abstaining: number;
	note: string | null;
	created_at: string;
	created_by: string;
	updated_at: string;
	updated_by: string;
}

export interface DB {
	datasets: DatasetTable;
	units: UnitTable;
	adjacency: AdjacencyTable;
	data_quality: DataQualityTable;
	rule_overrides: RuleOverrideTable;
	audit_log: AuditLogTable;
	scenarios: ScenarioTable;
	scenario_versions: ScenarioVersionTable;
	scenario_staffing: ScenarioStaffingTable;
	users: UserTable;
	sessions: SessionTable;
	login_throttle: LoginThrottleTable;
	scenario_comments: ScenarioCommentTable;
	export_cache: ExportCacheTable;
	consultation_votes: ConsultationVoteTable;
	council_resolutions: CouncilResolutionTable;
	import_jobs: ImportJobTable;
}

/** An import job (migration 050): an upload run in a worker thread, its step and progress. */
export interface ImportJobTable {
	id: string;
	status: 'queued' | 'running' | 'done' | 'failed';
	step: string;
	progress: number;
	steps_json: string;
	file_names: string;
	upload_bytes: number;
	dataset_id: number | null;
	result_json: string | null;
	error_code: string | null;
	message_vi: string | null;
	message_en: string | null;
	created_by: string;
	created_at: string;
	updated_at: string;
}
