/**
 * The import form's upload (src/lib/dataset-import/upload.ts): only the settings filled in are sent, and a failed
 * upload says the server's message, or what the HTTP status means when the answer is not sapxep's (a proxy's 413
 * page for a file over its limit).
 */
import { describe, expect, it } from 'vitest';
import { uploadBody, uploadFailure } from '../../src/lib/dataset-import/upload';

const none = { name: '', referenceDate: '', terrain: '', crs: '', structure: '', encoding: '' };

describe('the upload body', () => {
	it('sends every file and only the settings that were filled in, the CRS trimmed', () => {
		const files = [new File(['a'], 'huyen.geojson'), new File(['b'], 'xa.geojson')];
		const body = uploadBody(files, { ...none, terrain: 'mountainous', crs: '  vn2000-tm3:107.75 ' });
		expect(body.getAll('files').map((f) => (f as File).name)).toEqual(['huyen.geojson', 'xa.geojson']);
		expect([...body.keys()].filter((k) => k !== 'files')).toEqual(['terrain', 'crs']);
		expect(body.get('crs')).toBe('vn2000-tm3:107.75');
	});
	it('a blank CRS is not sent (the server then reads the .prj or assumes WGS 84)', () => {
		expect(uploadBody([], { ...none, crs: '   ' }).has('crs')).toBe(false);
	});
});

describe('what a failed upload says', () => {
	it("the server's bilingual message as it is", () => {
		expect(uploadFailure(400, { message_vi: 'Thiếu tệp cấp xã.', message_en: 'The commune file is missing.' })).toEqual(
			{ vi: 'Thiếu tệp cấp xã.', en: 'The commune file is missing.' }
		);
	});
	it('a plain message with its status', () => {
		expect(uploadFailure(500, { message: 'Internal Error' })).toEqual({
			vi: 'Internal Error (HTTP 500)',
			en: 'Internal Error (HTTP 500)'
		});
	});
	it("a proxy's 413 page (not JSON) says the upload is larger than the server accepts", () => {
		expect(uploadFailure(413, null)).toEqual({
			vi: 'Tệp gửi lên lớn hơn mức máy chủ nhận. (HTTP 413)',
			en: 'The upload is larger than the server accepts. (HTTP 413)'
		});
	});
	it('a 403 says the server refused, anything else that it could not import', () => {
		expect(uploadFailure(403, null).en).toBe('The server refused the request. (HTTP 403)');
		expect(uploadFailure(502, null).vi).toBe('Máy chủ không nhập được dữ liệu. (HTTP 502)');
	});
});
