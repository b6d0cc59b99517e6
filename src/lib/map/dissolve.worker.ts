/// <reference lib="webworker" />
// Dissolve off the main thread: the page keeps its 50 ms click feedback while a large group is merged.
import { handleDissolveRequest, isDissolveRequest } from '../domain/geo/dissolve-worker-protocol.ts';

self.onmessage = (e: MessageEvent) => {
	const req = e.data;
	if (!isDissolveRequest(req)) {
		self.postMessage({ id: (req as { id?: unknown })?.id ?? null, ok: false, error: 'malformed request' });
		return;
	}
	self.postMessage(handleDissolveRequest(req));
};
