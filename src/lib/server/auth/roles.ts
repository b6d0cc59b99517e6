import { both } from '../../i18n/catalogue.ts';

/**
 * Roles and what each may do. An admin may do everything; the other three are distinct:
 * a viewer reads, an editor also edits (scenarios, unit data, staffing inputs), a reviewer also reviews
 * (comments, approves, returns).
 */
export const ROLES = ['viewer', 'editor', 'reviewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(s: unknown): s is Role {
	return typeof s === 'string' && (ROLES as readonly string[]).includes(s);
}

/**
 * What a request needs:
 * - public: anyone, signed in or not (the sign-in page and endpoint);
 * - signed-in: any account, whatever its role and datasets (its own account page, signing out);
 * - read / edit / review / admin: the role's permission (read: every role; edit: editor, admin;
 *   review: reviewer, admin; admin: admin only), within the account's datasets where the rule names a dataset;
 * - edit-or-review: editor, reviewer, admin (commenting; the status endpoint, where the service then checks which
 *   move the role may make: editors submit and withdraw, reviewers approve and return).
 */
export type Access = 'public' | 'signed-in' | 'read' | 'edit' | 'review' | 'edit-or-review' | 'admin';

const GRANTS: Record<Role, readonly Access[]> = {
	viewer: ['read'],
	editor: ['read', 'edit', 'edit-or-review'],
	reviewer: ['read', 'review', 'edit-or-review'],
	admin: ['read', 'edit', 'review', 'edit-or-review', 'admin']
};

/** Whether a role has an access level (public and signed-in are granted to every account). */
export function roleGrants(role: Role, access: Access): boolean {
	return access === 'public' || access === 'signed-in' || GRANTS[role].includes(access);
}

export const ROLE_LABELS: Record<Role, { vi: string; en: string }> = {
	viewer: both('auth.roles.viewer'),
	editor: both('auth.roles.editor'),
	reviewer: both('auth.roles.reviewer'),
	admin: both('auth.roles.administrator')
};
