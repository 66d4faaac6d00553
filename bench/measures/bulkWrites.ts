// Bulk writes at the limit: modifications of roaming profiles (renames, planned by the roaming-profile kind as a
// push plans them) sent all at once through the shared client, with the sandbox's SFT limit at N per second.
// The client starts from the vendor default and learns N from the login answer, as it would on a real account.
// Ideal = count / N seconds: the server's limit is the floor, no client can beat it. 429s are counted twice: in
// the client's request log (what it received) and in the sandbox's own request log (what it answered).
import { InMemoryCredentialStore } from '../../src/core/http/credentials';
import type { ApiRequest, RequestLogEntry, RequestLogger } from '../../src/core/http/types';
import { createPlatformClient } from '../../src/core/platforms/clientFactory';
import { roamingProfileKind, type RoamingProfileRow } from '../../src/core/platforms/sft/roamingProfile';
import type { BenchSize } from '../benchSize';
import { FIGURES, measured, type Figure } from '../figures';
import type { SandboxHandle } from '../sandboxChild';
import { median } from '../statistics';
import { timed } from './concurrency';
import { SANDBOX_PASSWORD, isSftSuccess, sftBenchConnection } from './sandboxAccounts';

/** Both the client's and the server's one-second windows are empty again after this long. */
const WINDOW_CLEAR_MS = 1_500;

class StatusCountingLogger implements RequestLogger {
  readonly entries: RequestLogEntry[] = [];
  request(entry: RequestLogEntry): void { this.entries.push(entry); }
  info(): void {}
  warn(): void {}
  count(status: number): number { return this.entries.filter((entry) => entry.status === status).length; }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function renameRequests(profiles: readonly RoamingProfileRow[], count: number, run: number): ApiRequest[] {
  return Array.from({ length: count }, (_, index) => {
    const profile = profiles[index % profiles.length];
    const document = { ...roamingProfileKind.toDocument(profile), roamingProfileName: `Bench rename ${run}-${index}` };
    const plan = roamingProfileKind.planUpdate(profile.roamingProfileId, profile, document);
    if (!plan || plan.requests.length !== 1) throw new Error(`a rename of roaming profile ${profile.roamingProfileId} did not plan one request`);
    return plan.requests[0];
  });
}

interface BulkRun { readonly wallMs: number; readonly received429: number; readonly answered429: number }

async function bulkRun(sandbox: SandboxHandle, size: BenchSize, run: number): Promise<BulkRun> {
  await sandbox.admin('sft', 'reset');
  await sandbox.admin('sft', 'settings', 'POST', { tps: size.bulkRequestsPerSecond });
  const logger = new StatusCountingLogger();
  const client = createPlatformClient(sftBenchConnection(sandbox.sftUrl), { credentials: new InMemoryCredentialStore(SANDBOX_PASSWORD), logger });
  await client.signIn();
  const profiles = (await roamingProfileKind.list(client, {})).items.filter((profile) => profile.profileType !== 'DEFAULT');
  if (profiles.length === 0) throw new Error('the sandbox has no custom roaming profile to rename');
  if (client.requestsPerSecond !== size.bulkRequestsPerSecond) {
    throw new Error(`the client did not learn the sandbox's limit (${client.requestsPerSecond} instead of ${size.bulkRequestsPerSecond})`);
  }
  const requests = renameRequests(profiles, size.bulkWrites, run);
  await pause(WINDOW_CLEAR_MS);
  await sandbox.admin('sft', 'requests', 'DELETE');
  logger.entries.length = 0;

  const wallMs = await timed(async () => {
    const answers = await Promise.all(requests.map((request) => client.call(request)));
    const failed = answers.filter((answer) => !isSftSuccess(answer.json)).length;
    if (failed > 0) throw new Error(`${failed} of ${answers.length} modifications were refused`);
  });
  const log = await sandbox.admin('sft', 'requests', 'GET') as Array<{ status: number }>;
  return { wallMs, received429: logger.count(429), answered429: log.filter((entry) => entry.status === 429).length };
}

export async function measureBulkWrites(sandbox: SandboxHandle, size: BenchSize): Promise<Figure[]> {
  const runs: BulkRun[] = [];
  try {
    for (let run = 0; run < size.bulkRuns; run += 1) {
      runs.push(await bulkRun(sandbox, size, run));
      await pause(WINDOW_CLEAR_MS);
    }
  } finally {
    await sandbox.admin('sft', 'reset');
    await sandbox.admin('sft', 'settings', 'POST', { tps: 0 });
  }
  const idealMs = (size.bulkWrites / size.bulkRequestsPerSecond) * 1000;
  const walls = runs.map((run) => run.wallMs);
  const ratios = walls.map((wall) => wall / idealMs);
  const received = runs.map((run) => run.received429);
  const answered = runs.map((run) => run.answered429);
  const what = `${size.bulkWrites} roaming-profile renames (POST /api/modifyRoamingProfile) queued at once on one shared client, sandbox SFT limit ${size.bulkRequestsPerSecond}/s learned from the login answer`;
  const runsText = `median of ${size.bulkRuns} run(s)`;
  const agreement = received.every((count, index) => count === answered[index])
    ? 'the sandbox\'s request log agrees'
    : `the sandbox's request log counted ${answered.join(', ')}`;
  return [
    measured(FIGURES.bulkRatio, median(ratios), `${what}; wall time / ideal ${idealMs / 1000} s (${size.bulkWrites} / ${size.bulkRequestsPerSecond}); ${runsText}`, size.name, ratios),
    measured(FIGURES.bulkWall, median(walls), `${what}; first request queued -> last answer; ${runsText}`, size.name, walls),
    measured(FIGURES.bulk429s, Math.max(...received), `${what}; most 429s any run received in the client's request log (runs: ${received.join(', ')}); ${agreement}`, size.name, received),
  ];
}
