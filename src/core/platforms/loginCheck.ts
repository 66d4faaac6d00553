// "Add Connection…" tries the connection before saving it, and tells the person in one sentence what is
// wrong: the password, the address, the certificate, the kind of account. Nothing is stored here: the password
// lives in a throw-away credential store for the length of the check. Messages do not repeat the user name: the
// person has it in front of them, and the client's scrubbing would mask any part of it equal to the password.
import type { TimeoutSettings } from '../http/apiClient';
import type { FailureAdvice } from '../http/failureAdvice';
import { InMemoryCredentialStore } from '../http/credentials';
import { sftEnvelopeResult } from './sft/session';
import { RemoteError, silentLogger, type ApiResponse, type RequestLogger } from '../http/types';
import { createPlatformClient, sessionProtocolFor } from './clientFactory';
import type { ConnectionRecord } from '../http/connection';

export type LoginCheckProblem =
  | 'wrong-password'
  | 'unreachable'
  | 'certificate'
  /** Something answers at the URL, but not the platform's API. */
  | 'not-the-api'
  /** SFT: the account can log in but is not a reseller (this extension manages reseller objects). */
  | 'not-a-reseller'
  /** SFT support access: the child account is not in the reseller's hierarchy (403), or the login is not allowed. */
  | 'access-refused'
  | 'timeout'
  /** Server error, dropped connection, anything else: the message says which. */
  | 'failed';

export type LoginCheckResult =
  | { readonly ok: true; readonly message: string }
  | { readonly ok: false; readonly problem: LoginCheckProblem; readonly message: string; readonly nextStep?: string };

export interface LoginCheckDependencies {
  readonly logger?: RequestLogger;
  readonly timeouts?: Partial<TimeoutSettings>;
  /** The asking surface's advice for failures (src/core/http/failureAdvice.ts). */
  readonly advice?: FailureAdvice;
}

/** A reseller-only read: an enterprise account is refused with an authorisation failure. */
const RESELLER_PROBE = { method: 'GET', path: '/api/GetDestinationLists', query: { destinationListOnly: 'TRUE' } } as const;

export async function checkLogin(connection: ConnectionRecord, password: string, dependencies: LoginCheckDependencies = {}): Promise<LoginCheckResult> {
  const client = createPlatformClient(connection, {
    credentials: new InMemoryCredentialStore(password),
    logger: dependencies.logger ?? silentLogger,
    timeouts: dependencies.timeouts,
    advice: dependencies.advice,
  });
  const where = `${sessionProtocolFor(connection.platform).vendorLabel} at ${connection.baseUrl}`;
  try {
    await client.signIn();
    if (connection.platform === 'sft') {
      const probe = await client.call(RESELLER_PROBE);
      if (isAuthorisationFailure(probe)) {
        const { description } = sftEnvelopeResult(probe.json);
        return {
          ok: false,
          problem: 'not-a-reseller',
          message: `The login to ${where} worked, but the account is not a reseller account${description ? ` (${description})` : ''}.`,
          nextStep: 'Use the API user of a reseller account.',
        };
      }
    }
    const acting = connection.targetAccountId ? `, acting on account ${connection.targetAccountId}` : '';
    return { ok: true, message: `Signed in to ${where}${acting}.` };
  } catch (error) {
    if (!(error instanceof RemoteError)) throw error;
    return { ok: false, problem: problemOf(error), message: messageFor(error, where), ...(error.nextStep && { nextStep: error.nextStep }) };
  }
}

function isAuthorisationFailure(response: ApiResponse): boolean {
  const { code, description } = sftEnvelopeResult(response.json);
  return response.status === 403 || code === '403' || /authori[sz]ation failure/i.test(description ?? '');
}

function problemOf(error: RemoteError): LoginCheckProblem {
  switch (error.kind) {
    case 'authentication': return 'wrong-password';
    case 'unreachable': return 'unreachable';
    case 'certificate': return 'certificate';
    case 'protocol': return 'not-the-api';
    case 'permission': return 'access-refused';
    case 'timeout': return 'timeout';
    default: return 'failed';
  }
}

function messageFor(error: RemoteError, where: string): string {
  // The client's own message for a refused password speaks of a "stored" password; here nothing is stored yet.
  if (error.kind === 'authentication') return `${where} refused the user name or password.`;
  return error.message;
}
