// The command line's advice for failures whose fix depends on where the person is (src/core/http/failureAdvice.ts):
// a refused or missing password is fixed in the environment variable it was read from, and a certificate signed
// by a private or company CA is trusted by giving Node that CA. TLS verification is never turned off.
import type { FailureAdvice } from '../core/http/failureAdvice';
import { withAdvice } from '../core/http/failureAdvice';

export function cliFailureAdvice(passwordVariable: string): FailureAdvice {
  return (failure) => {
    if (failure.nextStep !== undefined) return failure;
    switch (failure.kind) {
      case 'authentication':
        return withAdvice(failure, { nextStep: `Put the right password in the environment variable ${passwordVariable}.` });
      case 'certificate':
        return withAdvice(failure, {
          nextStep: 'Check the base URL. If the server\'s certificate is signed by a private or company CA, give Node that CA: NODE_EXTRA_CA_CERTS=/path/to/ca.pem roaming-workbench …',
        });
      default:
        return failure;
    }
  };
}
