/** The fixed words of the scheme: part headings, captions' prefixes, the signature block. */
import type { Lang } from '../format.ts';
import { pick } from './format.ts';
import type { DossierLabels } from './types.ts';

export function dossierLabels(lang: Lang): DossierLabels {
	return {
		part1: pick(lang, 'Phần I. SỰ CẦN THIẾT VÀ CĂN CỨ PHÁP LÝ', 'Part I. NECESSITY AND LEGAL BASIS'),
		legalBasisHeading: pick(lang, 'Căn cứ pháp lý', 'Legal basis'),
		necessityHeading: pick(lang, 'Sự cần thiết', 'Necessity'),
		part2: pick(
			lang,
			'Phần II. HIỆN TRẠNG ĐƠN VỊ HÀNH CHÍNH THUỘC DIỆN SẮP XẾP',
			'Part II. CURRENT STATE OF THE UNITS SUBJECT TO ARRANGEMENT'
		),
		part3: pick(lang, 'Phần III. PHƯƠNG ÁN SẮP XẾP', 'Part III. THE ARRANGEMENT PLAN'),
		staffingHeading: pick(
			lang,
			'Phần IV. PHƯƠNG ÁN BỐ TRÍ CÁN BỘ, CÔNG CHỨC VÀ GIẢI QUYẾT TRỤ SỞ DÔI DƯ',
			'Part IV. STAFF AND SURPLUS OFFICES'
		),
		residentsHeading: pick(
			lang,
			'Phần V. ẢNH HƯỞNG ĐẾN NGƯỜI DÂN (CHUYỂN ĐỔI GIẤY TỜ)',
			'Part V. RESIDENTS WHOSE DOCUMENTS CHANGE'
		),
		consultationHeading: pick(
			lang,
			'Phần VI. KẾT QUẢ LẤY Ý KIẾN CỬ TRI VÀ BIỂU QUYẾT CỦA HỘI ĐỒNG NHÂN DÂN',
			'Part VI. PUBLIC CONSULTATION AND COUNCIL VOTES'
		),
		consultationMissing: pick(
			lang,
			'Chưa nhập kết quả lấy ý kiến cử tri và nghị quyết của Hội đồng nhân dân các cấp.',
			'No consultation results or council resolutions have been entered yet.'
		),
		appendixHeading: pick(lang, 'PHỤ LỤC', 'APPENDIX'),
		keptHeading: pick(
			lang,
			'Đơn vị hành chính thuộc diện sắp xếp nhưng không thực hiện sắp xếp',
			'Units subject to arrangement that are kept'
		),
		leftHeading: pick(
			lang,
			'Đơn vị thuộc diện sắp xếp chưa có phương án',
			'Units subject to arrangement without a plan yet'
		),
		table: pick(lang, 'Bảng', 'Table'),
		figure: pick(lang, 'Hình', 'Figure'),
		mapBefore: pick(lang, 'Bản đồ hiện trạng đơn vị hành chính trước sắp xếp', 'Map of the units before'),
		mapAfter: pick(lang, 'Bản đồ đơn vị hành chính sau sắp xếp', 'Map of the units after'),
		mapOfUnit: pick(lang, 'Sơ đồ', 'Map of'),
		unverifiedNote: pick(
			lang,
			'(*) Số, ngày, trích yếu văn bản cần đối chiếu với bản gốc trước khi ban hành.',
			'(*) Number, date and title to be checked against the original before signing.'
		),
		recipients: pick(lang, 'Nơi nhận', 'Recipients'),
		signer: pick(lang, 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH', 'ON BEHALF OF THE PEOPLE’S COMMITTEE\nCHAIR')
	};
}
