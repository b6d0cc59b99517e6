/** The steps of an import job as the pages name them (see src/lib/server/import/jobs.ts). */
export const IMPORT_STEPS: { step: string; vi: string; en: string }[] = [
	{ step: 'upload', vi: 'Tải tệp lên', en: 'Upload' },
	{ step: 'parse', vi: 'Đọc và kiểm tra tệp', en: 'Read and check the files' },
	{ step: 'adjacency', vi: 'Tính quan hệ liền kề', en: 'Compute adjacency' },
	{ step: 'quality', vi: 'Báo cáo chất lượng dữ liệu', en: 'Data-quality report' },
	{ step: 'store', vi: 'Lưu vào cơ sở dữ liệu', en: 'Store in the database' },
	{ step: 'done', vi: 'Hoàn tất', en: 'Done' }
];
