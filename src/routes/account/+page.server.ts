import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/database';
import { getDataset } from '$lib/server/db/dataset.repository';
import { countUserSessions } from '$lib/server/db/session.repository';
import { signOut } from '$lib/server/auth/http';
import { countLoginFailure, loginLock } from '$lib/server/auth/login';
import { ROLE_LABELS } from '$lib/server/auth/roles';
import { AccountError, changeOwnPassword } from '$lib/server/auth/users';
import type { Actions, PageServerLoad } from './$types';
import { both } from '$lib/i18n/catalogue';

export const load: PageServerLoad = async ({ locals }) => {
	const db = await getDb();
	const user = locals.user;
	const datasets = user.datasets
		? await Promise.all(user.datasets.map(async (id) => ({ id, name: (await getDataset(db, id))?.name ?? null })))
		: null;
	return {
		account: { login: user.login, name: user.name, role: user.role, roleLabel: ROLE_LABELS[user.role] },
		datasets,
		sessions: await countUserSessions(db, user.login)
	};
};

export const actions: Actions = {
	/** Change one's own password: the current one, the new one twice. Other sessions end. */
	password: async (event) => {
		const form = await event.request.formData();
		const current = String(form.get('current') ?? '');
		const next = String(form.get('next') ?? '');
		const again = String(form.get('again') ?? '');
		const { login } = event.locals.user;
		if (next !== again)
			return fail(400, {
				error: both('account.theTwoNewPasswordsDiffer')
			});
		const db = await getDb();
		const address = event.getClientAddress();
		// The current password is a password check like signing in: the same counters slow down guessing.
		const locked = await loginLock(db, login, address);
		if (locked) return fail(429, { error: locked.message });
		try {
			if (!(await changeOwnPassword(db, login, current, next, event.locals.session!.id))) {
				const r = await countLoginFailure(db, login, address);
				return fail(r.reason === 'locked' ? 429 : 400, {
					error: r.reason === 'locked' ? r.message : both('account.theCurrentPasswordIsWrong')
				});
			}
		} catch (e) {
			if (e instanceof AccountError) return fail(400, { error: { vi: e.vi, en: e.message } });
			throw e;
		}
		return { passwordChanged: true };
	},
	/** Sign out of this browser. */
	signOut: async (event) => {
		await signOut(event);
		redirect(303, '/login');
	},
	/** Sign out of every browser and device. */
	signOutEverywhere: async (event) => {
		await signOut(event, true);
		redirect(303, '/login');
	}
};
