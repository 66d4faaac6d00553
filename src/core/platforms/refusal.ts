// Refusals decided on this side, before anything is sent: they read like the vendor's own refusals
// (`RemoteError` kind `refused`, with the document field and the next step), so the adapter shows both alike.
import { RemoteError } from '../http/types';
import type { DocumentProblem } from './resourceKind';

export function refuseBeforeSending(message: string, details: { pointer?: string; nextStep?: string; code?: string } = {}): RemoteError {
  const text = details.nextStep ? `${message} — ${details.nextStep}` : message;
  return new RemoteError('refused', text, details);
}

/** Planning never sends a document with errors: the first one becomes the refusal. */
export function throwOnErrors(problems: readonly DocumentProblem[]): void {
  const error = problems.find((problem) => problem.severity === 'error');
  if (error) throw refuseBeforeSending(error.message, { pointer: error.pointer, code: error.code });
}
