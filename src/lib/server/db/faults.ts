/**
 * Faults of the database itself (not of a request): the disk is full, the database file is read-only or cannot be
 * read or written, the database server cannot be reached. Recognised once here, from SQLite's and PostgreSQL's error codes, so that the
 * web app answers 503 with a message that says what happened and what to do (hooks.server.ts) and the CLI prints
 * the same (src/cli/main.ts), instead of a stack trace or "internal error".
 *
 * In every case the change asked for was NOT saved: SQLite and PostgreSQL roll the transaction back, so the
 * message says so, and the user can retry once the administrator has fixed the cause.
 */
import type { Bilingual } from '../../domain/messages.ts';
import { both } from '../../i18n/catalogue.ts';

export type DatabaseFaultCode = 'disk_full' | 'read_only' | 'io_error' | 'unavailable';

export interface DatabaseFault {
	code: DatabaseFaultCode;
	/** What happened and what to do, for the person who made the request. */
	message: Bilingual;
}

const MESSAGES: Record<DatabaseFaultCode, Bilingual> = {
	disk_full: both('db.faults.theDiskHoldingTheDatabase'),
	read_only: both('db.faults.theDatabaseIsReadOnly'),
	io_error: both('db.faults.theDatabaseFileCannotBe'),
	unavailable: both('db.faults.theDatabaseServerCannotBe')
};

/** SQLite result codes (better-sqlite3's `code`, extended codes included) → fault. */
function sqliteFault(code: string): DatabaseFaultCode | undefined {
	if (code === 'SQLITE_FULL') return 'disk_full';
	if (code.startsWith('SQLITE_READONLY')) return 'read_only';
	// An I/O error of the file system (a read-only remount, a vanished disk) or a file that cannot be opened.
	if (code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_CANTOPEN')) return 'io_error';
	return undefined;
}

/** Node socket errors of a connection to PostgreSQL. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EPIPE']);

/** PostgreSQL SQLSTATE (pg's `code`) → fault. */
function postgresFault(code: string): DatabaseFaultCode | undefined {
	if (code === '53100') return 'disk_full'; // disk_full
	if (code === '25006') return 'read_only'; // read_only_sql_transaction (a standby, default_transaction_read_only)
	// Class 08 connection exception; 57P01..57P03 admin/crash shutdown, cannot connect now; 53300 too many connections.
	if (code.startsWith('08') || /^57P0[1-3]$/.test(code) || code === '53300') return 'unavailable';
	return undefined;
}

/** The database fault behind an error (also wrapped in `cause`), or undefined for any other error. */
export function databaseFault(e: unknown): DatabaseFault | undefined {
	for (let err = e, depth = 0; err && typeof err === 'object' && depth < 5; depth++) {
		const { code, message } = err as { code?: unknown; message?: unknown };
		let fault: DatabaseFaultCode | undefined;
		if (typeof code === 'string') {
			fault = code.startsWith('SQLITE_')
				? sqliteFault(code)
				: NETWORK_CODES.has(code)
					? 'unavailable'
					: postgresFault(code);
		}
		// pg's own errors for a connection lost mid-query carry no code.
		if (
			!fault &&
			typeof message === 'string' &&
			/^Connection terminated|connection timeout|not queryable|Connection ended|ECONNREFUSED/i.test(message)
		)
			fault = 'unavailable';
		if (fault) return { code: fault, message: MESSAGES[fault] };
		err = (err as { cause?: unknown }).cause;
	}
	return undefined;
}

/** The HTTP status of a database fault: 503, the service is unavailable until the cause is fixed. */
export const DATABASE_FAULT_STATUS = 503;
