// A look-alike of a vendor server on 127.0.0.1: it passes every request on to the sandbox, except those a test
// answers itself — the way a hostile or careless server would answer (echoing a password or a token back). With a
// key and certificate it speaks HTTPS, as a server behind a company's own certificate authority does.
import * as http from 'node:http';
import * as https from 'node:https';
import type { AddressInfo } from 'node:net';

export interface ArrivedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: http.IncomingHttpHeaders;
  readonly query: URLSearchParams;
  readonly body: string;
}

export interface OwnAnswer {
  readonly status: number;
  readonly json: unknown;
}

/** Returns the answer to send instead of the sandbox's, or `undefined` to pass the request on. */
export type Interceptor = (request: ArrivedRequest) => OwnAnswer | undefined;

export interface HostileServer {
  readonly url: string;
  close(): Promise<void>;
}

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

export interface TlsIdentity {
  readonly key: string;
  readonly cert: string;
}

export async function startHostileServer(target: string, intercept: Interceptor, tls?: TlsIdentity): Promise<HostileServer> {
  const upstream = new URL(target);
  const handle: http.RequestListener = (request, response) => {
    void readBody(request).then((body) => {
      const url = new URL(request.url ?? '/', 'http://look-alike');
      const own = intercept({ method: request.method ?? 'GET', path: url.pathname, headers: request.headers, query: url.searchParams, body });
      if (own) {
        response.writeHead(own.status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(own.json));
        return;
      }
      const forwarded = http.request({
        host: upstream.hostname, port: upstream.port, method: request.method, path: request.url,
        headers: { ...request.headers, host: upstream.host },
      }, (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      });
      forwarded.on('error', () => response.destroy());
      forwarded.end(body);
    });
  };
  const server = tls ? https.createServer({ key: tls.key, cert: tls.cert }, handle) : http.createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
