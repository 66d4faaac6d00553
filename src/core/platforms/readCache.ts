// Completion, hover, Go to Definition and live diagnostics all ask the same few questions of the remote (the
// destination group names, the network list, the regions), often several times a second while a person types.
// Each connection's reads are kept for a short while and shared by whoever asks, through the connection's one
// client (so its rate limit and session still apply). Pure: no `vscode` import.
import type { ApiRequest, ApiResponse, CallOptions } from '../http/types';
import type { ConnectionRecord } from '../http/connection';
import type { PlatformClient } from './resourceKind';

/** Long enough to cover a burst of keystrokes and hovers; short enough that someone else's edit shows soon. */
export const READ_LIFETIME_MS = 30_000;

interface CachedAnswer {
  readonly at: number;
  readonly answer: Promise<ApiResponse>;
}

function requestKey(request: ApiRequest): string {
  const query = Object.entries(request.query ?? {}).filter(([, value]) => value !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${request.method} ${request.path} ${JSON.stringify(query)}`;
}

/** One connection's GET answers, each kept for `lifetimeMs`; one request in flight per question. */
export class ReadCache {
  private readonly answers = new Map<string, CachedAnswer>();

  constructor(private readonly lifetimeMs = READ_LIFETIME_MS, private readonly now: () => number = Date.now) {}

  /** The client, with its reads answered from here when recent. Anything but a GET goes through and forgets all. */
  wrap(client: PlatformClient): PlatformClient {
    return {
      connection: client.connection,
      get accessLevel() { return client.accessLevel; },
      call: (request: ApiRequest, options?: CallOptions) => {
        if (request.method !== 'GET') {
          this.clear();
          return client.call(request, options);
        }
        return this.read(client, request);
      },
    };
  }

  clear(): void {
    this.answers.clear();
  }

  private read(client: PlatformClient, request: ApiRequest): Promise<ApiResponse> {
    const key = requestKey(request);
    const cached = this.answers.get(key);
    if (cached && this.now() - cached.at < this.lifetimeMs) return cached.answer;
    // Not bound to one caller's cancellation: others may be waiting for the same answer, and a read is cheap.
    const answer = client.call(request);
    this.answers.set(key, { at: this.now(), answer });
    // A failure is not kept: the next question asks again (the host may be back, the password entered).
    answer.catch(() => {
      if (this.answers.get(key)?.answer === answer) this.answers.delete(key);
    });
    return answer;
  }
}

/** A `ReadCache` per connection, over the shared clients. */
export class CachedReads {
  private readonly caches = new Map<string, ReadCache>();

  constructor(
    private readonly clients: { clientFor(connection: ConnectionRecord): PlatformClient },
    private readonly lifetimeMs = READ_LIFETIME_MS,
    private readonly now: () => number = Date.now,
  ) {}

  clientFor(connection: ConnectionRecord): PlatformClient {
    let cache = this.caches.get(connection.id);
    if (!cache) {
      cache = new ReadCache(this.lifetimeMs, this.now);
      this.caches.set(connection.id, cache);
    }
    return cache.wrap(this.clients.clientFor(connection));
  }

  /** After a push on the connection, or when its record changed: ask the remote again. */
  forget(connectionId: string): void {
    this.caches.delete(connectionId);
  }

  forgetAll(): void {
    this.caches.clear();
  }
}
