// What to do about a failure depends on where the person is: on the command line a refused password is fixed in an
// environment variable and a private CA is trusted with NODE_EXTRA_CA_CERTS; in VS Code they edit the connection
// and look at VS Code's proxy settings. So the core's failures carry a neutral message and their kind, and each
// surface hands its clients the advice that fits it; the client adds it to every failure it lets out.
import { RemoteError } from './types';

/** Completes a failure with the surface's advice; returns the failure itself when it has none for it. */
export type FailureAdvice = (failure: RemoteError) => RemoteError;

/** A copy of `failure` with another message or next step, everything else kept. */
export function withAdvice(failure: RemoteError, change: { readonly message?: string; readonly nextStep?: string }): RemoteError {
  return new RemoteError(failure.kind, change.message ?? failure.message, {
    ...failure.details,
    ...(change.nextStep !== undefined && { nextStep: change.nextStep }),
  });
}
