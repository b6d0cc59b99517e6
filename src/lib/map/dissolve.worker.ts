/// <reference lib="webworker" />
// Dissolve off the main thread: the page keeps its 50 ms click feedback while a large group is merged.
import {
	handleDissolveLayerRequest,
	handleDissolveRequest,
	isDissolveLayerRequest,
	isDissolveRequest
} from '../domain/geo/dissolve-worker-protocol.ts';

self.onmessage = (e: MessageEvent) => {
	const req = e.data;
	if (isDissolveLayerRequest(req)) {
		self.postMessage(handleDissolveLayerRequest(req));
		return;
	}
	if (!isDissolveRequest(req)) {
		self.postMessage({ id: (req as { id?: unknown })?.id ?? null, ok: false, error: 'malformed request' });
		return;
	}
	self.postMessage(handleDissolveRequest(req));
};
