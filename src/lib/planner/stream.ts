/** Read a newline-delimited JSON answer (the planner endpoint streams its progress so), one message at a time. */
export async function readNdjson(body: ReadableStream<Uint8Array>, onMessage: (msg: unknown) => void): Promise<void> {
	const reader = body.getReader();
	const dec = new TextDecoder();
	let buf = '';
	for (;;) {
		const { value, done } = await reader.read();
		if (done) break;
		buf += dec.decode(value, { stream: true });
		let nl: number;
		while ((nl = buf.indexOf('\n')) >= 0) {
			const line = buf.slice(0, nl);
			buf = buf.slice(nl + 1);
			if (line.trim()) onMessage(JSON.parse(line));
		}
	}
}
