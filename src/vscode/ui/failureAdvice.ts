// VS Code's advice for failures whose fix depends on where the person is (src/core/http/failureAdvice.ts): edit the
// connection for a password, VS Code's proxy settings for a certificate behind a company proxy. The texts are the
// ones the extension has always shown; the certificate advice stays part of the message because several views
// show a failure's message only. No `vscode` import: the texts are tested in plain Node.
import type { FailureAdvice } from '../../core/http/failureAdvice';
import { withAdvice } from '../../core/http/failureAdvice';

export const vscodeFailureAdvice: FailureAdvice = (failure) => {
  if (failure.kind === 'certificate') {
    return withAdvice(failure, { message: `${failure.message} Check the address; behind a company proxy, check VS Code's proxy settings.` });
  }
  if (failure.kind === 'authentication' && failure.nextStep === undefined) {
    return withAdvice(failure, { nextStep: 'Edit the connection or sign in again with the right password.' });
  }
  return failure;
};
