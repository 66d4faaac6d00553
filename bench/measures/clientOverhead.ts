// Client overhead: the same GETs through the shared client (session, rate limiter, logging with redaction,
// node-fetch, failure classification) and with plain Node `http` (request, read the body, JSON.parse), at the
// same concurrency, against the same sandbox process with its rate limit off. Both use Node's global agent
// (node-fetch does when given none), so both keep their connections alive the same way. Rounds alternate which
// side goes first, and the ratio is taken within each round before the median.
import * as http from 'node:http';
import { InMemoryCredentialStore } from '../../src/core/http/credentials';
import { silentLogger } from '../../src/core/http/types';
import { createPlatformClient, type ConnectedClient } from '../../src/core/platforms/clientFactory';
import type { BenchSize } from '../benchSize';
import { FIGURES, measured, type Figure } from '../figures';
import type { SandboxHandle } from '../sandboxChild';
import { median } from '../statistics';
import { runWithConcurrency, timed } from './concurrency';
import { SANDBOX_PASSWORD, SFT_USERNAME, isSftSuccess, sftBenchConnection } from './sandboxAccounts';

/** A typical object read: one roaming profile with its destination group's operators (about 1.5 KB). */
const GET_PATH = '/api/GetRoamingProfile';
const GET_QUERY = { roamingProfileId: '3002' };
/** Server time of a nearby real API, for the second comparison. */
const SIMULATED_LATENCY_MS = 20;

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

interface Comparison { readonly plainMs: number[]; readonly clientMs: number[]; readonly ratios: number[] }

type Get = () => Promise<void>;

async function compareSides(plainGet: Get, clientGet: Get, size: BenchSize, rounds: number): Promise<Comparison> {
  const batch = (get: Get) => timed(() => runWithConcurrency(size.clientGets, size.clientConcurrency, get));
  const comparison: Comparison = { plainMs: [], clientMs: [], ratios: [] };
  for (let round = 0; round < rounds; round += 1) {
    const plainFirst = round % 2 === 0;
    const first = await batch(plainFirst ? plainGet : clientGet);
    const second = await batch(plainFirst ? clientGet : plainGet);
    const [plain, shared] = plainFirst ? [first, second] : [second, first];
    comparison.plainMs.push(plain);
    comparison.clientMs.push(shared);
    comparison.ratios.push(shared / plain);
  }
  return comparison;
}

export async function measureClientOverhead(sandbox: SandboxHandle, size: BenchSize): Promise<Figure[]> {
  await sandbox.admin('sft', 'settings', 'POST', { tps: 0 });
  const plainGet = await plainHttpSide(sandbox.sftUrl);
  const clientGet = await sharedClientSide(sandbox.sftUrl);
  await runWithConcurrency(size.clientWarmupGets, size.clientConcurrency, plainGet);
  await runWithConcurrency(size.clientWarmupGets, size.clientConcurrency, clientGet);
  const loopback = await compareSides(plainGet, clientGet, size, size.clientRounds);

  // The same comparison with the answer delayed as a nearby real API would delay it: what a person feels.
  await sandbox.admin('sft', 'faults', 'POST', { method: 'GET', path: GET_PATH, kind: 'slow', delayMs: SIMULATED_LATENCY_MS, count: -1 });
  let withLatency: Comparison;
  try {
    withLatency = await compareSides(plainGet, clientGet, size, size.clientLatencyRounds);
  } finally {
    await sandbox.admin('sft', 'faults', 'DELETE');
  }

  const what = `${size.clientGets} GETs of ${GET_PATH}?roamingProfileId=3002 (about 1.5 KB), ${size.clientConcurrency} at a time, sandbox in its own process on loopback with no rate limit`;
  const rounds = (count: number) => `median of ${count} round(s) alternating which side goes first, after ${size.clientWarmupGets} untimed GETs per side`;
  return [
    measured(FIGURES.plainGets, median(loopback.plainMs), `${what}: http.request on the global agent, body read and JSON.parse; ${rounds(size.clientRounds)}`, size.name, loopback.plainMs),
    measured(FIGURES.clientGets, median(loopback.clientMs), `${what}: createPlatformClient(...).call() (session, limiter off, redacting logger, node-fetch); ${rounds(size.clientRounds)}`, size.name, loopback.clientMs),
    measured(FIGURES.clientRatio, median(loopback.ratios), `shared client time / plain http time within each round, ${what}; ${rounds(size.clientRounds)}`, size.name, loopback.ratios),
    measured(FIGURES.clientRatioWithLatency, median(withLatency.ratios),
      `as above with every answer delayed ${SIMULATED_LATENCY_MS} ms by the sandbox (fault "slow"), like a nearby real API; ${rounds(size.clientLatencyRounds)}`, size.name, withLatency.ratios),
  ];
}
