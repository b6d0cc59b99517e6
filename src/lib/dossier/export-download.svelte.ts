/**
 * One dossier export from the Hồ sơ tab: the file is fetched (so the tab can poll the server's progress while it is
 * made), then handed to `save` (the page makes a download link); the message says what was downloaded, and whether
 * it came from the cache, or what the server refused. `fetch`, `save` and the polling interval are passed in, so a
 * unit test drives it with a scripted server.
 */
import { apiErrorText } from '../api-error.ts';
import { msg } from '../i18n.svelte.ts';

export interface ExportFormatButton {
	id: string;
	available: boolean;
	byLevel: boolean;
}

export class DossierExport {
	busy = $state<string | null>(null);
	progress = $state<{ step: string | null; fraction: number | null } | null>(null);
	message = $state<{ ok: boolean; text: string } | null>(null);

	constructor(
		private readonly scenarioId: number,
		private readonly save: (blob: Blob, name: string) => void,
		private readonly fetchFn: typeof fetch = (...a) => fetch(...a),
		private readonly pollMs = 400
	) {}

	/** Download format `f` (at `level` when the format has levels) in language `lang`. */
	async download(f: ExportFormatButton, level: string, lang: string): Promise<void> {
		if (!f.available || this.busy) return;
		this.busy = f.id;
		this.message = null;
		this.progress = { step: null, fraction: 0 };
		const query = `?${f.byLevel ? `level=${level}&` : ''}lang=${lang}`;
		const base = `/api/scenarios/${this.scenarioId}/export/${f.id}`;
		const timer = setInterval(async () => {
			const r = await this.fetchFn(`${base}/progress${query}`).catch(() => null);
			const p = r?.ok ? await r.json() : null;
			if (this.busy === f.id && p?.running) this.progress = { step: p.step, fraction: p.fraction };
		}, this.pollMs);
		try {
			const r = await this.fetchFn(base + query);
			if (!r.ok) {
				this.message = { ok: false, text: apiErrorText(await r.json().catch(() => ({})), r.status) };
				return;
			}
			const blob = await r.blob();
			const name = /filename="([^"]+)"/.exec(r.headers.get('content-disposition') ?? '')?.[1] ?? `ho-so.${f.id}`;
			this.save(blob, name);
			this.message = {
				ok: true,
				text:
					msg('dossier.downloaded') +
					name +
					(r.headers.get('x-export-cache') === 'hit' ? msg('dossier.fromTheCache') : '')
			};
		} finally {
			clearInterval(timer);
			this.busy = null;
			this.progress = null;
		}
	}
}

/** Save a blob as a file through a temporary download link (the browser's download). */
export function saveBlob(blob: Blob, name: string): void {
	const a = document.createElement('a');
	a.href = URL.createObjectURL(blob);
	a.download = name;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}
