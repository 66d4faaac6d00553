// Keeps one connection's session alive: reuses stored tokens (another VS Code window may have made them),
// renews them before they expire, and after a refusal refreshes or logs in again — one renewal at a time,
// shared by every concurrent call. Asks the person for the password only when the stored one is missing or
// refused, and stores a new password only once the server accepted it. Its failures say what happened, not where
// to fix it: the surface's advice (src/core/http/failureAdvice.ts) names the connection or the environment variable.
import type { CredentialStore, PasswordPrompt, StoredTokens } from './credentials';
import type { SecretScrubber } from './redaction';
import type { SessionContext, SessionProtocol } from './sessionProtocol';
import { RemoteError, type RequestLogger } from './types';

/** A person who mistyped twice more is better served by a clear failure than by a fourth dialog. */
export const MAX_PASSWORD_PROMPTS = 3;

/** Key added to stored tokens: tokens made for another host, user or child account are never sent. */
const ISSUED_FOR = 'issuedFor';

/**
 * The longest token accepted, in characters: 16 KB. SFT's JWTs are a few hundred characters and TelecomX's tokens
 * shorter; a token travels in a header or the query string of every request, which servers cap at 8–16 KB anyway.
 * A longer "token" (a 200 MB login answer was once accepted as one) is refused before it is stored or logged.
 */
export const MAX_TOKEN_LENGTH = 16 * 1024;

export interface SessionIdentity {
  /** The connection's name, for messages. */
  readonly name: string;
  readonly baseUrl: string;
  readonly username: string;
  readonly targetAccountId?: string;
}

export interface SessionKeeperOptions {
  readonly identity: SessionIdentity;
  readonly protocol: SessionProtocol;
  readonly credentials: CredentialStore;
  readonly askPassword?: PasswordPrompt;
  readonly context: SessionContext;
  readonly scrubber: SecretScrubber;
  /** Already scrubbing. */
  readonly logger: RequestLogger;
}

export class SessionKeeper {
  private current: StoredTokens | undefined;
  private loading: Promise<void> | undefined;
  private renewal: Promise<StoredTokens> | undefined;
  /** Bumped by sign-out, so a renewal that was under way does not store tokens afterwards. */
  private generation = 0;

  constructor(private readonly options: SessionKeeperOptions) {}

  /** The session as it stands, without signing in (what the login said of the account, such as its access level). */
  get currentTokens(): StoredTokens | undefined {
    return this.current;
  }

  /** Tokens to send now: the stored ones while they are fresh, otherwise renewed first. */
  async tokens(): Promise<StoredTokens> {
    if (this.renewal) return this.renewal;
    const tokens = await this.load();
    if (this.renewal) return this.renewal;
    if (tokens && !this.isDue(tokens)) return tokens;
    return this.renew(tokens);
  }

  /** The server refused `used`. Returns the tokens to replay with, renewing unless another call already did. */
  async afterRefusal(used: StoredTokens): Promise<StoredTokens> {
    if (this.renewal) return this.renewal;
    if (this.current && this.current !== used && !this.isDue(this.current)) return this.current;
    return this.renew(used, true);
  }

  /** Logs in now even when stored tokens look fine (login check, "Sign In"). */
  async signIn(): Promise<StoredTokens> {
    if (this.renewal) return this.renewal;
    return this.startRenewal(() => this.login());
  }

  /** Drops the tokens, here and in the store; the password stays. */
  async signOut(): Promise<void> {
    this.generation += 1;
    this.renewal = undefined;
    this.current = undefined;
    this.loading = Promise.resolve();
    await this.options.credentials.storeTokens(undefined);
  }

  /** The tokens in use; the credential store is read once, on first use. */
  private async load(): Promise<StoredTokens | undefined> {
    this.loading ??= this.readStored().then((tokens) => { this.current ??= tokens; });
    await this.loading;
    return this.current;
  }

  /** The stored tokens when they were made for this very connection; anything else is ignored. */
  private async readStored(): Promise<StoredTokens | undefined> {
    const stored = await this.options.credentials.getTokens();
    if (!stored || stored[ISSUED_FOR] !== this.fingerprint()) return undefined;
    if (this.options.protocol.secretsOf(stored).some((secret) => secret.length > MAX_TOKEN_LENGTH)) return undefined;
    this.options.scrubber.rememberTokens(...this.options.protocol.secretsOf(stored));
    return stored;
  }

  private renew(from: StoredTokens | undefined, refused = false): Promise<StoredTokens> {
    if (this.renewal) return this.renewal;
    return this.startRenewal(() => this.renewFrom(from, refused));
  }

  /** Runs one renewal that every concurrent caller shares, and keeps what it brings unless signed out meanwhile. */
  private startRenewal(work: () => Promise<StoredTokens>): Promise<StoredTokens> {
    const generation = this.generation;
    const renewal = work().then((tokens) => this.keep(tokens, generation)).finally(() => {
      if (this.renewal === renewal) this.renewal = undefined;
    });
    this.renewal = renewal;
    return renewal;
  }

  private async renewFrom(from: StoredTokens | undefined, refused: boolean): Promise<StoredTokens> {
    const { protocol, logger, identity } = this.options;
    // Another VS Code window on the same connection may have renewed already (and, with SFT's rotation,
    // spent the refresh token we hold): its tokens are as good as ours would be.
    const stored = await this.readStored();
    if (stored && !sameTokens(stored, from) && !this.isDue(stored)) return stored;
    if (from && protocol.refresh) {
      logger.info(`${identity.name}: ${refused ? 'the session was refused' : 'the session is about to expire'}; renewing it.`);
      const outcome = await protocol.refresh(this.options.context, from);
      if (outcome.kind === 'ok') return outcome.tokens;
      logger.info(`${identity.name}: the refresh token was refused; logging in again.`);
    } else if (from) {
      logger.info(`${identity.name}: ${refused ? 'the session was refused' : 'the session is about to expire'}; logging in again.`);
    }
    if (from) await this.drop();
    return this.login();
  }

  private async login(): Promise<StoredTokens> {
    const { protocol, credentials, askPassword, identity, scrubber, logger } = this.options;
    const where = `${protocol.vendorLabel} at ${identity.baseUrl}`;
    let password = await credentials.getPassword();
    let reason = `No password is stored for the connection "${identity.name}" (${identity.username}).`;
    /** Without a prompt (the command line, a login check) the password given is the only one: no "stored" one. */
    let failureWithoutPrompt = `No password was given for the connection "${identity.name}" (${identity.username}).`;
    let prompts = 0;
    for (;;) {
      if (password === undefined || password === '') {
        if (!askPassword) throw authenticationError(failureWithoutPrompt);
        if (prompts >= MAX_PASSWORD_PROMPTS) throw authenticationError(`${reason} Sign-in stopped after ${MAX_PASSWORD_PROMPTS} tries.`);
        prompts += 1;
        password = await askPassword(reason);
        if (password === undefined) throw authenticationError(`Sign-in to ${where} was cancelled. ${reason}`);
        continue;
      }
      scrubber.rememberPassword(password);
      const outcome = await protocol.login(this.options.context, {
        username: identity.username, password, targetAccountId: identity.targetAccountId,
      });
      if (outcome.kind === 'ok') {
        if (prompts > 0) await credentials.storePassword(password);
        logger.info(`${identity.name}: signed in to ${where}.`);
        return outcome.tokens;
      }
      const said = outcome.description ? ` (${outcome.description})` : '';
      if (outcome.kind === 'access-refused') {
        const target = identity.targetAccountId ? ` to act on account ${identity.targetAccountId}` : '';
        throw new RemoteError('permission', `${where} refused ${identity.username}${target}${said}.`, {
          code: '403', status: 403, nextStep: 'Check the child account id (targetAccountId) of the connection: it must be in your hierarchy.',
        });
      }
      reason = prompts > 0
        ? `The password entered for ${identity.username} was refused by ${where}${said}.`
        : `The stored password for ${identity.username} was refused by ${where}${said}.`;
      failureWithoutPrompt = `The password for ${identity.username} was refused by ${where}${said}.`;
      password = undefined;
    }
  }

  private async keep(tokens: StoredTokens, generation: number): Promise<StoredTokens> {
    this.refuseOversizedTokens(tokens);
    const stamped: StoredTokens = { ...tokens, [ISSUED_FOR]: this.fingerprint() };
    this.options.scrubber.rememberTokens(...this.options.protocol.secretsOf(stamped));
    // Signed out while this renewal ran: the caller may use the tokens once, but they are not kept.
    if (generation !== this.generation) return stamped;
    this.current = stamped;
    await this.options.credentials.storeTokens(stamped);
    return stamped;
  }

  private refuseOversizedTokens(tokens: StoredTokens): void {
    const longest = Math.max(0, ...this.options.protocol.secretsOf(tokens).map((secret) => secret.length));
    if (longest <= MAX_TOKEN_LENGTH) return;
    const { protocol, identity } = this.options;
    throw new RemoteError(
      'protocol',
      `${protocol.vendorLabel} at ${identity.baseUrl} answered the sign-in with a token of ${longest.toLocaleString('en-US')} characters; a session token is at most ${MAX_TOKEN_LENGTH.toLocaleString('en-US')} (16 KB), so it was refused and not stored.`,
      { nextStep: 'Check the base URL: it must be the API\'s own address.' },
    );
  }

  private async drop(): Promise<void> {
    this.current = undefined;
    await this.options.credentials.storeTokens(undefined);
  }

  private isDue(tokens: StoredTokens): boolean {
    const dueAt = this.options.protocol.renewalDueAt(tokens);
    return dueAt !== undefined && this.options.context.now() >= dueAt;
  }

  private fingerprint(): string {
    const { baseUrl, username, targetAccountId } = this.options.identity;
    return JSON.stringify([baseUrl.replace(/\/+$/, '').toLowerCase(), username, targetAccountId ?? '']);
  }
}

function sameTokens(a: StoredTokens, b: StoredTokens | undefined): boolean {
  if (!b) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => a[key] === b[key]);
}

/** No next step: where the password is fixed depends on the surface, whose advice adds it. */
function authenticationError(message: string): RemoteError {
  return new RemoteError('authentication', message);
}
