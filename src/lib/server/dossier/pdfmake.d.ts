// pdfmake 0.3 ships no type declarations (the @types package describes 0.2): the part of its server API we use.
declare module 'pdfmake' {
	interface OutputDocument {
		getBuffer(): Promise<Buffer>;
	}
	type FontFiles = { normal: string; bold: string; italics: string; bolditalics: string };
	const pdfmake: {
		virtualfs: { writeFileSync(name: string, data: Buffer | Uint8Array): void; existsSync(name: string): boolean };
		setFonts(fonts: Record<string, FontFiles>): void;
		setUrlAccessPolicy(allow: (url: string) => boolean): void;
		setLocalAccessPolicy(allow: (path: string) => boolean): void;
		createPdf(doc: Record<string, unknown>, options?: Record<string, unknown>): OutputDocument;
	};
	export default pdfmake;
}
