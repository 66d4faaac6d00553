// The exact requests a push will make, as a person reads them in the confirmation (whose title already says what
// changes). Credentials are not part of a planned request (the client adds them), so nothing secret can appear here.
import type { WriteImpact, WritePlan } from '../platforms/resourceKind';

/** A dialog's detail collapses leading spaces; no-break spaces keep a body's JSON indentation readable. */
function keepIndentation(json: string): string {
  return json.replace(/^ +/gm, (spaces) => '\u00a0'.repeat(spaces.length));
}

export function describePlan(plan: WritePlan): string {
  const requests = plan.requests.map((request, index) => {
    const query = request.query
      ? Object.entries(request.query).filter(([, value]) => value !== undefined).map(([key, value]) => `${key}=${value}`).join('&')
      : '';
    const line = `${plan.requests.length > 1 ? `${index + 1}. ` : ''}${request.method} ${request.path}${query ? `?${query}` : ''}`;
    return request.body === undefined ? line : `${line}\n${keepIndentation(JSON.stringify(request.body, null, 2))}`;
  });
  return `Will send:\n${requests.join('\n\n')}`;
}

/** "What it reaches:" and one line per sentence of the kind's impact; empty when it reaches nothing beyond itself. */
export function describeImpact(impact: WriteImpact): string {
  return impact.lines.length === 0 ? '' : `What it reaches:\n${impact.lines.map((line) => `• ${line}`).join('\n')}`;
}
