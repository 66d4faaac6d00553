// A PlatformClient without a network: it answers from a queue of canned responses and records every request,
// so pure tests can feed sandbox-shaped rows through a kind's real parsing path.
import type { ApiRequest, ApiResponse } from '../../../../../src/core/http/types';
import type { ConnectionRecord } from '../../../../../src/core/http/connection';
import type { PlatformClient } from '../../../../../src/core/platforms/resourceKind';

export type CannedAnswer = ApiResponse | Error | ((request: ApiRequest) => ApiResponse);

export class CannedClient implements PlatformClient {
  readonly sent: ApiRequest[] = [];
  readonly connection: ConnectionRecord;

  constructor(private readonly answers: CannedAnswer[], platform: 'sft' | 'telecomx' = 'sft') {
    this.connection = { id: 'canned', name: 'Canned', platform, baseUrl: 'http://canned.invalid', username: 'test', environment: 'test', readOnly: false };
  }

  async call(request: ApiRequest): Promise<ApiResponse> {
    this.sent.push(request);
    const answer = this.answers.shift();
    if (answer === undefined) throw new Error(`no canned answer left for ${request.method} ${request.path}`);
    if (answer instanceof Error) throw answer;
    return typeof answer === 'function' ? answer(request) : answer;
  }
}

export function jsonAnswer(json: unknown, status = 200): ApiResponse {
  return { status, headers: new Map(), json, durationMs: 1 };
}

/** An SFT envelope as the sandbox writes it. */
export function sftEnvelope(code: string, extra: Record<string, unknown> = {}, description = `Result ${code}`, status = 200): ApiResponse {
  const success = ['1201', '1204', '1206', '1208', '10029', '10032', '10034', '10036', '1323', '1325', '1329', '1331', '10200', '10210', '10220'].includes(code);
  return jsonAnswer({
    Response: {
      resultCode: success ? '0' : '1',
      responseId: '00000000-0000-0000-0000-000000000000',
      responseTimestamp: '23/11/2026 10:21:07',
      resultParam: { resultCode: code, resultDescription: description },
      ...extra,
    },
  }, status);
}

export function sftRows(code: string, rows: unknown[], listKey = 'rows'): ApiResponse {
  return sftEnvelope(code, { responseParam: { [listKey]: rows } });
}
