// The one client every resource kind talks through, for one connection: credentials from the session keeper,
// the rate limiter in front of every request (login and refresh included, since the server counts them too),
// one replay after an auth failure, 429s waited out and retried, and a log line per request with every secret
// removed. Vendor specifics come from a `SessionProtocol`.
import type { ConnectionRecord } from './connection';
import { untilAborted } from './abort';
import type { CredentialStore, PasswordPrompt, StoredTokens } from './credentials';
import type { FailureAdvice } from './failureAdvice';
import { formatDuration } from './failures';
import { RateLimiter, parseRateLimitHeader, parseRetryAfter } from './rateLimiter';
import { knownSecretsFor } from './knownSecrets';
import { SecretScrubber } from './redaction';
import type { Clock } from './clock';
import { SessionKeeper } from './sessionKeeper';
import type { Authorisation, SessionContext, SessionProtocol } from './sessionProtocol';
import { buildUrl, sendHttp } from './transport';
import {
  RemoteError, type PlatformClient, type ApiRequest, type ApiResponse, type CallOptions, type RequestLogEntry, type RequestLogger,
} from './types';

export interface TimeoutSettings {
  /** Every endpoint not listed as long-running. Default 30 s (SFT's documented server timeout). */
  readonly defaultMs: number;
  /** Endpoints the vendor documents with an extended timeout (SFT modify roaming profile / destination group). */
  readonly longRunningMs: number;
}

export const DEFAULT_TIMEOUTS: TimeoutSettings = { defaultMs: 30_000, longRunningMs: 180_000 };

/** After this many 429s in a row for one request, the person hears about it instead of waiting on. */
export const MAX_RATE_LIMIT_RETRIES = 6;

export interface ApiClientOptions {
  readonly connection: ConnectionRecord;
  readonly protocol: SessionProtocol;
  readonly credentials: CredentialStore;
  readonly askPassword?: PasswordPrompt;
  readonly logger: RequestLogger;
  readonly timeouts?: Partial<TimeoutSettings>;
  /** Epoch ms, for token expiry decisions. */
  readonly now?: () => number;
  /** Overrides the vendor's default limit until the server announces one. */
  readonly requestsPerSecond?: number;
  readonly rateLimitSafetyMarginMs?: number;
  /** The rate limiter's clock (tests). */
  readonly clock?: Clock;
  /** The surface's advice (command line, VS Code) added to every failure the client lets out; none by default. */
  readonly advice?: FailureAdvice;
  /** The largest answer read; `MAX_RESPONSE_BYTES` (64 MB) unless a test needs a small one. */
  readonly maxResponseBytes?: number;
}

/** Counts the tries of one logical call (429 retries and the auth replay each add one), for the log. */
interface AttemptCounter { count: number }

export class ApiClient implements PlatformClient {
  readonly connection: ConnectionRecord;
  private readonly protocol: SessionProtocol;
  private readonly timeouts: TimeoutSettings;
  private readonly limiter: RateLimiter;
  /** This connection's own secrets, never crowded out by another client's; each is told to the process's registry too. */
  private readonly scrubber: SecretScrubber;
  private readonly logger: RequestLogger;
  private readonly session: SessionKeeper;
  private readonly now: () => number;
  private readonly advice: FailureAdvice;
  private readonly maxResponseBytes: number | undefined;

  constructor(options: ApiClientOptions) {
    this.connection = options.connection;
    this.maxResponseBytes = options.maxResponseBytes;
    this.protocol = options.protocol;
    this.timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
    this.now = options.now ?? Date.now;
    this.advice = options.advice ?? ((failure) => failure);
    this.scrubber = new SecretScrubber({ alsoInto: knownSecretsFor(this.connection.baseUrl) });
    this.limiter = new RateLimiter({
      requestsPerSecond: options.requestsPerSecond ?? options.protocol.defaultRequestsPerSecond,
      safetyMarginMs: options.rateLimitSafetyMarginMs,
      clock: options.clock,
    });
    this.logger = scrubbingLogger(options.logger, this.scrubber);
    const context: SessionContext = {
      send: (request, headers) => this.exchange(request, undefined, headers, undefined, { count: 0 }),
      now: this.now,
      baseUrl: this.connection.baseUrl,
    };
    this.session = new SessionKeeper({
      identity: {
        name: this.connection.name,
        baseUrl: this.connection.baseUrl,
        username: this.connection.username,
        targetAccountId: this.connection.targetAccountId,
      },
      protocol: this.protocol,
      credentials: options.credentials,
      askPassword: options.askPassword,
      context,
      scrubber: this.scrubber,
      logger: this.logger,
    });
  }

  get accessLevel(): string | undefined {
    const tokens = this.session.currentTokens;
    return tokens && this.protocol.accessLevelOf?.(tokens);
  }

  /** The limit in force (learned from `X-Rate-Limit-TPS` once the server sent it). */
  get requestsPerSecond(): number | undefined {
    return this.limiter.requestsPerSecond;
  }

  async call(request: ApiRequest, options: CallOptions = {}): Promise<ApiResponse> {
    const { signal } = options;
    return this.scrubbedFailures(async () => {
      const attempts: AttemptCounter = { count: 0 };
      let tokens = await untilAborted(this.session.tokens(), signal);
      for (let replayed = false; ; replayed = true) {
        const response = await this.exchange(request, tokens, undefined, signal, attempts);
        if (!this.protocol.isAuthFailure(response)) return response;
        if (replayed) {
          throw new RemoteError('authentication', `${this.where()} refused the new session too (${request.method} ${request.path}).`, {
            status: response.status, nextStep: 'Sign out of the connection and sign in again.',
          });
        }
        this.logger.info(`${this.connection.name}: ${request.method} ${request.path} was refused for the session (HTTP ${response.status}); renewing it and sending the request once more.`);
        tokens = await untilAborted(this.session.afterRefusal(tokens), signal);
      }
    });
  }

  /** Logs in now, asking for the password if needed (the login check, "Sign In"). */
  async signIn(): Promise<void> {
    await this.scrubbedFailures(() => this.session.signIn());
  }

  /** Drops the session's tokens here and in the credential store; the password is kept. */
  async signOut(): Promise<void> {
    await this.session.signOut();
  }

  /**
   * One request through the rate limiter, with the given session (none for login and refresh), retried after
   * 429 answers. Resolves with any answer below 500; rejects with a `RemoteError`.
   */
  private async exchange(
    request: ApiRequest, tokens: StoredTokens | undefined, extraHeaders: Readonly<Record<string, string>> | undefined,
    signal: AbortSignal | undefined, attempts: AttemptCounter,
  ): Promise<ApiResponse> {
    for (let refusals = 0; ; refusals += 1) {
      await this.limiter.acquire(signal);
      attempts.count += 1;
      const authorisation: Authorisation = tokens ? this.protocol.authorise(tokens) : {};
      const query = { ...request.query, ...authorisation.query };
      const startedAt = performance.now();
      let response: ApiResponse;
      try {
        response = await sendHttp({
          baseUrl: this.connection.baseUrl,
          method: request.method,
          path: request.path,
          query,
          headers: { ...this.protocol.commonHeaders, ...extraHeaders, ...authorisation.headers },
          body: request.body,
          timeoutMs: this.timeoutFor(request),
          signal,
          describeErrorBody: (json) => this.protocol.describeErrorBody(json),
          maxResponseBytes: this.maxResponseBytes,
        });
      } catch (error) {
        const failure = asRemoteError(error);
        this.logRequest(request, query, {
          status: failure.details.status, durationMs: performance.now() - startedAt, attempt: attempts.count,
          failure: `${failure.kind}: ${failure.message}`,
        });
        throw failure;
      }
      this.logRequest(request, query, {
        status: response.status, resultCode: this.protocol.resultCodeOf(response), durationMs: response.durationMs, attempt: attempts.count,
      });
      const announced = parseRateLimitHeader(response.headers.get('x-rate-limit-tps'));
      if (announced !== undefined) this.limiter.setLimit(announced);
      if (response.status !== 429) return response;
      if (refusals >= MAX_RATE_LIMIT_RETRIES) {
        throw new RemoteError('refused', `${this.where()} kept answering 429 Too Many Requests to ${request.method} ${request.path} after ${refusals + 1} tries.`, {
          status: 429, code: '429', nextStep: 'Another client may be using the same account\'s rate limit; wait a minute and try again.',
        });
      }
      // A 429 means the server did not process the request, so sending it again is safe, writes included.
      const delayMs = parseRetryAfter(response.headers.get('retry-after'), this.now());
      this.logger.warn(`${this.connection.name}: 429 Too Many Requests for ${request.method} ${request.path}; waiting ${formatDuration(delayMs)} and sending it again (limit ${this.limiter.requestsPerSecond ?? 'not announced'} per second).`);
      this.limiter.pauseFor(delayMs);
    }
  }

  private timeoutFor(request: ApiRequest): number {
    if (request.timeoutMs !== undefined) return request.timeoutMs;
    return this.protocol.isLongRunning(request) ? this.timeouts.longRunningMs : this.timeouts.defaultMs;
  }

  private logRequest(request: ApiRequest, query: Readonly<Record<string, string | undefined>>, outcome: Omit<RequestLogEntry, 'connection' | 'method' | 'path'>): void {
    const url = buildUrl(this.connection.baseUrl, request.path, query);
    this.logger.request({
      connection: this.connection.name,
      method: request.method,
      path: `${url.pathname}${url.search}`,
      ...outcome,
      durationMs: Math.round(outcome.durationMs),
    });
  }

  /** Every failure leaving the client is a `RemoteError` with no secret in its message, and the surface's advice. */
  private async scrubbedFailures<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      const failure = asRemoteError(error);
      throw this.advice(new RemoteError(failure.kind, this.scrubber.scrub(failure.message), {
        ...failure.details,
        ...(failure.details.nextStep ? { nextStep: this.scrubber.scrub(failure.details.nextStep) } : {}),
      }));
    }
  }

  private where(): string {
    return `${this.protocol.vendorLabel} at ${this.connection.baseUrl}`;
  }
}

function asRemoteError(error: unknown): RemoteError {
  if (error instanceof RemoteError) return error;
  // Not expected (a failing credential store, a bug): still a typed failure, with the cause's message only.
  return new RemoteError('protocol', error instanceof Error ? error.message : String(error));
}

/** The logger handed to the rest of the client: every string passes the scrubber before it leaves. */
function scrubbingLogger(logger: RequestLogger, scrubber: SecretScrubber): RequestLogger {
  return {
    request: (entry) => logger.request({
      ...entry,
      path: scrubber.scrub(entry.path),
      ...(entry.failure === undefined ? {} : { failure: scrubber.scrub(entry.failure) }),
    }),
    info: (message) => logger.info(scrubber.scrub(message)),
    warn: (message) => logger.warn(scrubber.scrub(message)),
  };
}
