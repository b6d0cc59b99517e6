/**
 * The Hồ sơ tab's download (src/lib/dossier/export-download.svelte.ts), driven through a scripted fetch with the
 * shapes of the export endpoint (tests/integration/dossier-export-api.test.ts checks the server): the file is saved
 * under the server's name, a second export of the same version says it came from the cache, a refusal is said in
 * the user's language, and a format not available yet sends nothing.
 */
import { describe, expect, it } from 'vitest';
import { DossierExport } from '../../src/lib/dossier/export-download.svelte';

const DOCX = { id: 'docx', available: true, byLevel: false };
const GEOJSON = { id: 'geojson', available: true, byLevel: true };

function server(answer: (url: string) => Response) {
	const urls: string[] = [];
	const fetchFn = (async (url: string) => {
		urls.push(url);
		return answer(url);
	}) as typeof fetch;
	return { urls, fetchFn };
}

describe('a dossier download', () => {
	it('saves the file under the server’s name and says when it came from the cache', async () => {
		const { urls, fetchFn } = server(
			() =>
				new Response('PK', {
					headers: {
						'content-disposition': 'attachment; filename="de-an-sap-xep-lam-dong-s5-v3.docx"',
						'x-export-cache': 'hit'
					}
				})
		);
		const saved: string[] = [];
		const exp = new DossierExport(5, (_b, name) => void saved.push(name), fetchFn, 60_000);
		await exp.download(DOCX, 'commune', 'vi');
		expect(urls).toEqual(['/api/scenarios/5/export/docx?lang=vi']);
		expect(saved).toEqual(['de-an-sap-xep-lam-dong-s5-v3.docx']);
		expect(exp.message).toEqual({ ok: true, text: 'Đã tải de-an-sap-xep-lam-dong-s5-v3.docx (từ bộ nhớ đệm)' });
		expect(exp.busy).toBeNull();
		expect(exp.progress).toBeNull();
	});

	it('sends the level for a data format, and says what the server refused', async () => {
		const { urls, fetchFn } = server(
			() =>
				new Response(JSON.stringify({ message: { vi: 'Phương án đã bị xoá', en: 'The scenario is deleted' } }), {
					status: 409
				})
		);
		const saved: string[] = [];
		const exp = new DossierExport(5, (_b, name) => void saved.push(name), fetchFn, 60_000);
		await exp.download(GEOJSON, 'district', 'en');
		expect(urls).toEqual(['/api/scenarios/5/export/geojson?level=district&lang=en']);
		expect(saved).toEqual([]);
		expect(exp.message).toEqual({ ok: false, text: 'Phương án đã bị xoá' });
	});

	it('sends nothing for a format that is not available yet', async () => {
		const { urls, fetchFn } = server(() => new Response(''));
		const exp = new DossierExport(5, () => {}, fetchFn, 60_000);
		await exp.download({ id: 'gpkg', available: false, byLevel: true }, 'commune', 'vi');
		expect(urls).toEqual([]);
		expect(exp.message).toBeNull();
	});
});
