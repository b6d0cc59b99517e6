/**
 * One upload of the import form, with XMLHttpRequest (fetch has no upload progress): its progress (0..1; 1 = the
 * server is processing) and its error. A 202 answer names the import job's page, which `onaccepted` opens.
 */
import { tr, msg } from '../i18n.svelte';
import { uploadBody, uploadFailure, type UploadFields } from './upload.ts';

export class DatasetUpload {
	uploading = $state(false);
	progress = $state(0);
	error = $state<string | null>(null);

	send(files: FileList, fields: UploadFields, onaccepted: (pageUrl: string) => Promise<void>): void {
		this.uploading = true;
		this.progress = 0;
		this.error = null;
		const xhr = new XMLHttpRequest();
		xhr.open('POST', '/api/datasets');
		xhr.upload.onprogress = (ev) => {
			if (ev.lengthComputable) this.progress = ev.loaded / ev.total;
		};
		xhr.upload.onload = () => (this.progress = 1);
		xhr.onload = async () => {
			this.uploading = false;
			// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the import report or an error object, checked below
			let body: any = null;
			try {
				body = JSON.parse(xhr.responseText);
			} catch {
				/* not JSON: reported below */
			}
			// 202: the upload is saved and imported by a job on the server; its page shows the steps.
			if (xhr.status === 202 && body?.page_url) {
				await onaccepted(body.page_url);
			} else {
				const f = uploadFailure(xhr.status, body);
				this.error = tr(f.vi, f.en);
			}
		};
		xhr.onerror = () => {
			this.uploading = false;
			this.error = msg('datasets.couldNotSendTheFiles');
		};
		xhr.send(uploadBody(files, fields));
	}
}
