/**
 * Source notes that came with a dataset (population and area sources) written in English by the people who
 * assembled the files, shown in the reader's language. Known phrases are translated; anything else (what a user
 * typed) is shown as entered.
 */
import type { Lang } from './messages.ts';

const PHRASES: [RegExp, string][] = [
	[/GSO (\d{4}) census/g, 'Tổng điều tra dân số và nhà ở năm $1 (Tổng cục Thống kê)'],
	[/, district total/g, ', tổng của cấp huyện'],
	[/; sum of (\d{4}) units /g, '; cộng các đơn vị năm $1: '],
	[/\(merged (\d{4})\)/g, '(nhập năm $1)'],
	[/\(row ([^)]+)\)/g, '(dòng $1)'],
	[
		/UBTVQH (\d{4}) commune-arrangement resolution \(as reported by ([^)]+)\)/g,
		'Nghị quyết năm $1 của UBTVQH về sắp xếp đơn vị hành chính cấp xã (theo $2)'
	],
	[/, area after the (\d{4}) merger/g, ', diện tích sau khi nhập năm $1'],
	[/, pre-merger figure/g, ', số liệu trước khi nhập'],
	[/derived from Res\. /g, 'suy ra từ Nghị quyết '],
	[/Res\. /g, 'Nghị quyết ']
];

/** A source note in the reader's language: Vietnamese translates the dataset's known English phrases. */
export function sourceNoteText(note: string | null | undefined, lang: Lang): string {
	if (!note) return '';
	if (lang === 'en') return note;
	let s = note;
	for (const [re, vi] of PHRASES) s = s.replace(re, vi);
	// Decimal figures in a derivation ("1448.48 - 426.71") in Vietnamese notation.
	return s.replace(/(\d+)\.(\d+)(?![\d/])/g, (m, a: string, b: string, off: number, all: string) =>
		/[/\d]/.test(all[off - 1] ?? '') ? m : `${a},${b}`
	);
}
