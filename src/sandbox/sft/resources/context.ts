// What a resource handler gets: the acting account (after authentication and the rate limit) and the request.
import type { Outcome } from '../envelope';
import type { Account } from '../model';
import type { SftStore } from '../store';

export interface HandlerContext {
  readonly store: SftStore;
  readonly account: Account;
  readonly body: unknown;
  readonly query: URLSearchParams;
}

export type ResourceHandler = (context: HandlerContext) => Outcome;
