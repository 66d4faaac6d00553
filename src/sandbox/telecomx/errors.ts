// TelecomX answers every failure as `{ error, message }`: `error` is the wiki's "Message" column (a short code or
// the offending field), `message` its "Description" column. Keeping the builders here makes every route speak
// the same shape, which the client relies on.
import type { SandboxResponse } from '../server/types';

export function errorResponse(status: number, error: string, message: string): SandboxResponse {
  return { status, body: { error, message } };
}

export function okResponse(body: unknown, headers?: Record<string, string>): SandboxResponse {
  return headers ? { status: 200, headers, body } : { status: 200, body };
}

export const successResponse = (): SandboxResponse => okResponse({ success: true });

export const accessDenied = (): SandboxResponse => errorResponse(403, 'access_denied', 'Insufficient access level');

export const missingToken = (): SandboxResponse =>
  errorResponse(401, 'credentials_invalid', 'Authorization required, please login');

export const expiredToken = (): SandboxResponse => errorResponse(401, 'expired', 'Session has expired, please login');

export const idMissing = (): SandboxResponse => errorResponse(400, 'bad_request', 'Id not found in request URI');

export const bodyNotAnObject = (): SandboxResponse =>
  errorResponse(400, 'bad_request', 'The request body must be a JSON object');

export const bodyNotJson = (): SandboxResponse => errorResponse(400, 'bad_request', 'The request body is not valid JSON');

export const unknownPath = (): SandboxResponse => errorResponse(404, 'not_found', 'Resource not found');

export const internalError = (): SandboxResponse => errorResponse(500, 'internal_error', 'An unspecified error occurred');

export const tooManyRequests = (): SandboxResponse => errorResponse(429, 'rate_limited', 'Too many requests');

/** A validation or conflict failure, carried through validators before it becomes a response. */
export interface FieldProblem {
  readonly status: 409 | 422;
  readonly field: string;
  readonly message: string;
}

export const invalidField = (field: string, message: string): FieldProblem => ({ status: 422, field, message });
export const conflictingField = (field: string, message: string): FieldProblem => ({ status: 409, field, message });

export function problemResponse(problem: FieldProblem): SandboxResponse {
  return errorResponse(problem.status, problem.field, problem.message);
}
