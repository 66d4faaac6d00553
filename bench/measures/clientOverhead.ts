// Client overhead: the same GETs through the shared client (session, rate limiter, logging with redaction,
// node-fetch, failure classification) and with plain Node `http` (request, read the body, JSON.parse), at the
// same concurrency, against the same sandbox process with its rate limit off. Both use Node's global agent
// (node-fetch does when given none), so both keep their connections alive the same way. Rounds alternate which
// side goes first, and the ratio is taken within each round before the median.
import * as http from 'node:http';
import { InMemoryCredentialStore } from '../../src/http/credentials';
import { silentLogger } from '../../src/http/types';
import { createPlatformClient, type ConnectedClient } from '../../src/platforms/clientFactory';
import type { BenchSize } from '../benchSize';
import { FIGURES, measured, type Figure } from '../figures';
import type { SandboxHandle } from '../sandboxChild';
import { median } from '../statistics';
import { runWithConcurrency, timed } from './concurrency';
import { SANDBOX_PASSWORD, SFT_USERNAME, isSftSuccess, sftBenchConnection } from './sandboxAccounts';

/** A typical object read: one roaming profile with its destination group's operators (about 1.5 KB). */
const GET_PATH = '/api/GetRoamingProfile';
const GET_QUERY = { roamingProfileId: '3002' };

function plainRequest(url: URL, method: 'GET' | 'POST', headers: Record<string, string>, body?: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        try {
          resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
        } catch (error) {
          reject(error);
        }
      });
    });
    request.on('error', reject);
    request.end(body);
  });
}

async function plainHttpSide(baseUrl: string) {
  const headers = { Accept: 'application/json', 'Content-Type': 'application/json', 'X-Requested-With': 'XMLHttpRequest' };
  const login = await plainRequest(new URL('/api/login', baseUrl), 'POST', headers, JSON.stringify({ username: SFT_USERNAME, password: SANDBOX_PASSWORD })) as { AccessToken?: string };
  if (!login.AccessToken) throw new Error('plain http: the sandbox login gave no access token');
  const url = new URL(GET_PATH, baseUrl);
  for (const [name, value] of Object.entries(GET_QUERY)) url.searchParams.set(name, value);
  const authorised = { ...headers, 'X-Authorization': `Bearer ${login.AccessToken}` };
  return async () => {
    if (!isSftSuccess(await plainRequest(url, 'GET', authorised))) throw new Error('plain http: a GET did not succeed');
  };
}

async function sharedClientSide(baseUrl: string) {
  // requestsPerSecond 0 = no client-side limit: the sandbox has none either, and announces none to learn.
  const client: ConnectedClient = createPlatformClient(sftBenchConnection(baseUrl), {
    credentials: new InMemoryCredentialStore(SANDBOX_PASSWORD), logger: silentLogger, requestsPerSecond: 0,
  });
  await client.signIn();
  return async () => {
    const response = await client.call({ method: 'GET', path: GET_PATH, query: GET_QUERY });
    if (!isSftSuccess(response.json)) throw new Error('shared client: a GET did not succeed');
  };
}

export async function measureClientOverhead(sandbox: SandboxHandle, size: BenchSize): Promise<Figure[]> {
  await sandbox.admin('sft', 'settings', 'POST', { tps: 0 });
  const plainGet = await plainHttpSide(sandbox.sftUrl);
  const clientGet = await sharedClientSide(sandbox.sftUrl);
  const batch = (get: () => Promise<void>, count: number) => timed(() => runWithConcurrency(count, size.clientConcurrency, get));
  await batch(plainGet, size.clientWarmupGets);
  await batch(clientGet, size.clientWarmupGets);

  const plainMs: number[] = [];
  const clientMs: number[] = [];
  const ratios: number[] = [];
  for (let round = 0; round < size.clientRounds; round += 1) {
    let plain: number;
    let shared: number;
    if (round % 2 === 0) {
      plain = await batch(plainGet, size.clientGets);
      shared = await batch(clientGet, size.clientGets);
    } else {
      shared = await batch(clientGet, size.clientGets);
      plain = await batch(plainGet, size.clientGets);
    }
    plainMs.push(plain);
    clientMs.push(shared);
    ratios.push(shared / plain);
  }
  const what = `${size.clientGets} GETs of ${GET_PATH}?roamingProfileId=3002 (about 1.5 KB), ${size.clientConcurrency} at a time, sandbox in its own process with no rate limit`;
  const rounds = `median of ${size.clientRounds} round(s), after ${size.clientWarmupGets} untimed GETs per side`;
  return [
    measured(FIGURES.plainGets, median(plainMs), `${what}: http.request on the global agent, body read and JSON.parse; ${rounds}`, size.name, plainMs),
    measured(FIGURES.clientGets, median(clientMs), `${what}: createPlatformClient(...).call() (session, limiter off, redacting logger, node-fetch); ${rounds}`, size.name, clientMs),
    measured(FIGURES.clientRatio, median(ratios), `shared client time / plain http time within each round (alternating which goes first); ${rounds}`, size.name, ratios),
  ];
}
