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

export type DatabaseFaultCode = 'disk_full' | 'read_only' | 'io_error' | 'unavailable';

export interface DatabaseFault {
	code: DatabaseFaultCode;
	/** What happened and what to do, for the person who made the request. */
	message: Bilingual;
}

const MESSAGES: Record<DatabaseFaultCode, Bilingual> = {
	disk_full: {
		vi: 'Ổ đĩa chứa cơ sở dữ liệu đã đầy nên thay đổi này CHƯA được lưu. Hãy báo quản trị viên giải phóng dung lượng ổ đĩa của máy chủ (thư mục chứa cơ sở dữ liệu), rồi thử lại.',
		en: 'The disk holding the database is full, so this change was NOT saved. Ask the administrator to free space on the server’s disk (the database’s folder), then try again.'
	},
	read_only: {
		vi: 'Cơ sở dữ liệu đang ở chế độ chỉ đọc nên thay đổi này CHƯA được lưu. Hãy báo quản trị viên cấp quyền ghi cho tệp cơ sở dữ liệu và thư mục chứa nó (DATABASE_PATH) hoặc cho tài khoản PostgreSQL, rồi thử lại (với tệp SQLite: khởi động lại ứng dụng sau khi sửa quyền).',
		en: 'The database is read-only, so this change was NOT saved. Ask the administrator to make the database file and its folder (DATABASE_PATH), or the PostgreSQL account, writable, then try again (with a SQLite file: restart the app after fixing it).'
	},
	io_error: {
		vi: 'Không đọc hoặc ghi được tệp cơ sở dữ liệu (lỗi ổ đĩa hoặc tệp không mở được) nên yêu cầu này CHƯA được thực hiện. Hãy báo quản trị viên kiểm tra ổ đĩa của máy chủ và tệp cơ sở dữ liệu (DATABASE_PATH), rồi thử lại.',
		en: 'The database file cannot be read or written (a disk error, or the file cannot be opened), so this request was NOT carried out. Ask the administrator to check the server’s disk and the database file (DATABASE_PATH), then try again.'
	},
	unavailable: {
		vi: 'Không kết nối được với máy chủ cơ sở dữ liệu nên yêu cầu này CHƯA được thực hiện. Hãy thử lại sau ít phút; nếu vẫn lỗi, báo quản trị viên kiểm tra máy chủ PostgreSQL (DATABASE_URL).',
		en: 'The database server cannot be reached, so this request was NOT carried out. Try again in a few minutes; if it persists, ask the administrator to check the PostgreSQL server (DATABASE_URL).'
	}
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
