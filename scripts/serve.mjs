#!/usr/bin/env node
// The server of `npm start` and of the browser tests: adapter-node's request handler (build/handler.js, the entry
// it ships for custom servers) behind a plain Node HTTP server.
//
// Why not `node build`: adapter-node builds each request's URL from ORIGIN, else from the PROTOCOL_HEADER and
// HOST_HEADER request headers, and takes the protocol to be https when none is set. On a plain-http intranet server
// the browser's Origin (http://host:port) then never equals the URL's origin (https://host:port), so the
// cross-site check refuses every form and upload with 403. Here, unless the administrator configured a reverse
// proxy (ORIGIN, PROTOCOL_HEADER or HOST_HEADER set: those win), every request is stamped with the real protocol of
// its connection in a header only this server writes (any value a client sent is overwritten), and PROTOCOL_HEADER
// names that header. The URL is then http://<the host the user typed>: localhost, 127.0.0.1, the machine's LAN
// address or its intranet name all work, and a form posted from another site is still refused.
//
// Settings (environment): PORT (3000), HOST (0.0.0.0), DATABASE_PATH, BODY_SIZE_LIMIT (200M), and for a reverse
// proxy ORIGIN, or PROTOCOL_HEADER and HOST_HEADER (see the README).
import { createServer } from 'node:http';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { pathToFileURL } from 'node:url';

const root = new URL('..', import.meta.url).pathname;

/** The header carrying the protocol of the connection; written by this server only. */
const SOCKET_PROTOCOL_HEADER = 'x-sapxep-socket-protocol';

const env = process.env;
const behindProxy = Boolean(env.ORIGIN || env.PROTOCOL_HEADER || env.HOST_HEADER);
if (!behindProxy) env.PROTOCOL_HEADER = SOCKET_PROTOCOL_HEADER;
// Province boundary files are large: the upload limit of the import form.
env.BODY_SIZE_LIMIT ||= '200M';

const handlerFile = join(root, 'build', 'handler.js');
/** @type {{ handler: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, next: () => void) => void }} */
const { handler } = await import(pathToFileURL(handlerFile).href).catch((e) => {
	console.error(`✗ ${handlerFile} could not be loaded: build the app first (npm run build).\n`, e);
	process.exit(1);
});

const server = createServer((req, res) => {
	if (!behindProxy) {
		// TLS is never terminated here (no certificate is configured), but say what the socket really is.
		const tls = 'encrypted' in req.socket && req.socket.encrypted === true;
		req.headers[SOCKET_PROTOCOL_HEADER] = tls ? 'https' : 'http';
	}
	handler(req, res, () => {
		res.statusCode = 404;
		res.end('Not found');
	});
});

const host = env.HOST || '0.0.0.0';
const port = Number(env.PORT || 3000);
server.listen({ host, port }, () => {
	const urls = [`http://localhost:${port}`];
	if (host === '0.0.0.0' || host === '::') {
		for (const list of Object.values(networkInterfaces()))
			for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) urls.push(`http://${a.address}:${port}`);
	} else if (host !== 'localhost' && host !== '127.0.0.1') urls.splice(0, 1, `http://${host}:${port}`);
	console.log(`\n✓ sapxep đang chạy / running at ${urls.join('  ')}  (Ctrl+C để dừng / to stop)`);
	if (behindProxy)
		console.log(
			`  Địa chỉ theo cấu hình reverse proxy / URL from the reverse-proxy settings: ${
				env.ORIGIN
					? `ORIGIN=${env.ORIGIN}`
					: `PROTOCOL_HEADER=${env.PROTOCOL_HEADER ?? ''} HOST_HEADER=${env.HOST_HEADER ?? ''}`
			}`
		);
});

// Stop accepting connections, let the requests in flight finish (at most 30 s), then exit.
let stopping = false;
function stop() {
	if (stopping) return;
	stopping = true;
	server.closeIdleConnections();
	server.close(() => process.exit(0));
	setTimeout(() => server.closeAllConnections(), 30_000).unref();
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
