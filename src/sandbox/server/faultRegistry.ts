import type { FaultKind, FaultSpec } from './types';

export const FAULT_KINDS: readonly FaultKind[] = [
  'http500', 'slow', 'drop', 'non-json', 'rate-limit', 'expired-token', 'verify-applied', 'verify-not-applied', 'result',
];

export interface ActiveFault extends FaultSpec {
  readonly id: string;
  /** Matching requests left to hit; -1 = until cleared. */
  remaining: number;
}

/** Parses and checks a fault given by an admin call or the command line; throws a readable Error. */
export function parseFaultSpec(input: unknown): FaultSpec {
  if (typeof input !== 'object' || input === null) throw new Error('a fault must be a JSON object');
  const spec = input as Record<string, unknown>;
  const method = typeof spec.method === 'string' ? spec.method.toUpperCase() : '';
  const path = typeof spec.path === 'string' ? spec.path : '';
  const kind = spec.kind as FaultKind;
  if (!method) throw new Error('a fault needs "method" (GET, POST, …)');
  if (!path.startsWith('/')) throw new Error('a fault needs "path" starting with "/"');
  if (!FAULT_KINDS.includes(kind)) throw new Error(`unknown fault kind "${String(spec.kind)}"; one of: ${FAULT_KINDS.join(', ')}`);
  const count = spec.count === undefined ? 1 : Number(spec.count);
  if (!Number.isInteger(count) || (count < 1 && count !== -1)) throw new Error('"count" must be a positive integer or -1');
  const delayMs = spec.delayMs === undefined ? undefined : Number(spec.delayMs);
  if (delayMs !== undefined && !(delayMs >= 0)) throw new Error('"delayMs" must be a number ≥ 0');
  const resultCode = spec.resultCode === undefined ? undefined : String(spec.resultCode);
  if ((kind === 'verify-applied' || kind === 'verify-not-applied') && resultCode !== undefined
      && resultCode !== '10239' && resultCode !== '10240') {
    throw new Error('"resultCode" of a verify fault is 10239 or 10240');
  }
  if (kind === 'result' && !resultCode) throw new Error('a "result" fault needs "resultCode"');
  return { method, path, kind, count, delayMs, resultCode };
}

/**
 * Parses the command-line form `METHOD PATH=KIND[:ARG]`, where ARG is the result code of a verify/result fault
 * or the delay in ms of a slow fault. Example: `POST /api/createRoamingProfile=verify-applied:10240`.
 */
export function parseFaultFlag(flag: string): FaultSpec {
  const match = /^\s*([A-Za-z]+)\s+(\/\S*)\s*=\s*([a-z0-9-]+)(?::(\S+))?\s*$/.exec(flag);
  if (!match) throw new Error(`--fault "${flag}" is not of the form "METHOD PATH=KIND[:ARG]"`);
  const [, method, path, kind, argument] = match;
  const spec: Record<string, unknown> = { method, path, kind, count: -1 };
  if (argument !== undefined) {
    if (kind === 'slow') spec.delayMs = Number(argument);
    else spec.resultCode = argument;
  }
  return parseFaultSpec(spec);
}

export class FaultRegistry {
  private readonly faults: ActiveFault[] = [];
  private nextId = 1;

  add(spec: FaultSpec): ActiveFault {
    const fault: ActiveFault = { ...spec, id: `fault-${this.nextId++}`, remaining: spec.count ?? 1 };
    this.faults.push(fault);
    return fault;
  }

  list(): readonly ActiveFault[] {
    return this.faults;
  }

  clear(): void {
    this.faults.length = 0;
  }

  /** The first fault matching the request, counted as used; faults are matched on method and exact path. */
  take(method: string, path: string): ActiveFault | undefined {
    const index = this.faults.findIndex((fault) => fault.method === method && fault.path === path);
    if (index < 0) return undefined;
    const fault = this.faults[index];
    if (fault.remaining > 0) {
      fault.remaining -= 1;
      if (fault.remaining === 0) this.faults.splice(index, 1);
    }
    return fault;
  }
}
