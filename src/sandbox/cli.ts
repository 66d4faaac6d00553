// `npm run sandbox`: both simulators on 127.0.0.1 until SIGINT/SIGTERM.
import { parseArgs } from 'node:util';
import { parseFaultFlag } from './server/faultRegistry';
import type { FaultSpec } from './server/types';
import { startSandbox, type SandboxOptions } from './index';

const HELP = `Roaming Workbench sandbox: local simulators of the BICS SFT and TelecomX APIs.

Usage: npm run sandbox -- [options]

  --sft-port N              SFT port (default 8701; 0 = any free port)
  --telecomx-port N         TelecomX port (default 8702; 0 = any free port)
  --data FILE               keep state in FILE (JSON, written atomically); without it state is in memory
  --size small|large        seed data: small (default) or large (5,000 destination groups, 1,000 regions)
  --sft-tps N               SFT requests per second per account (default 2; 0 = no limit)
  --sft-access-ttl SECONDS  SFT access token lifetime (default 3600)
  --sft-refresh-ttl SECONDS SFT refresh token lifetime (default 86400)
  --telecomx-token-ttl MIN  TelecomX token lifetime in minutes (default 15)
  --fault "METHOD PATH=KIND[:ARG]"
                            inject a fault on every matching request (repeatable). KIND: http500, slow[:ms],
                            drop, non-json, rate-limit, expired-token, verify-applied[:10239|10240],
                            verify-not-applied[:10239|10240], result:CODE
  --help                    this text

Credentials: SFT sandbox-reseller / sandbox; TelecomX admin@sandbox.example / sandbox (ADMIN),
viewer@sandbox.example / sandbox (VIEWER). Details: src/sandbox/README.md.`;

class UsageError extends Error {}

function integerFlag(values: Record<string, unknown>, name: string, fallback: number, minimum = 0): number {
  const raw = values[name];
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < minimum) throw new UsageError(`--${name} must be a whole number ≥ ${minimum}, got "${String(raw)}"`);
  return value;
}

function parseCommandLine(argv: string[]): SandboxOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      'sft-port': { type: 'string' },
      'telecomx-port': { type: 'string' },
      data: { type: 'string' },
      size: { type: 'string' },
      'sft-tps': { type: 'string' },
      'sft-access-ttl': { type: 'string' },
      'sft-refresh-ttl': { type: 'string' },
      'telecomx-token-ttl': { type: 'string' },
      fault: { type: 'string', multiple: true },
      help: { type: 'boolean' },
    },
  });
  if (values.help) return 'help';
  const size = values.size ?? 'small';
  if (size !== 'small' && size !== 'large') throw new UsageError(`--size must be small or large, got "${size}"`);
  const faults: FaultSpec[] = (values.fault ?? []).map((flag) => {
    try {
      return parseFaultFlag(flag);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
  });
  const sftPort = integerFlag(values, 'sft-port', 8701);
  const telecomxPort = integerFlag(values, 'telecomx-port', 8702);
  if (sftPort > 65535 || telecomxPort > 65535) throw new UsageError('ports go up to 65535');
  return {
    sftPort,
    telecomxPort,
    size,
    dataFile: values.data,
    faults,
    sft: {
      tps: integerFlag(values, 'sft-tps', 2),
      accessTtlSeconds: integerFlag(values, 'sft-access-ttl', 3600, 1),
      refreshTtlSeconds: integerFlag(values, 'sft-refresh-ttl', 86400, 1),
    },
    telecomx: { tokenTtlMinutes: integerFlag(values, 'telecomx-token-ttl', 15, 1) },
  };
}

async function main(): Promise<void> {
  let options: SandboxOptions | 'help';
  try {
    options = parseCommandLine(process.argv.slice(2));
  } catch (error) {
    console.error(`sandbox: ${(error as Error).message}\nRun with --help to see every flag.`);
    process.exit(2);
  }
  if (options === 'help') {
    console.log(HELP);
    return;
  }
  let sandbox;
  try {
    sandbox = await startSandbox(options);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'EADDRINUSE'
      ? `a port is already in use (${(error as Error).message}); choose others with --sft-port and --telecomx-port`
      : (error as Error).message;
    console.error(`sandbox: ${reason}`);
    process.exit(2);
  }
  console.log(`SFT sandbox:      ${sandbox.sftUrl}  (sandbox-reseller / sandbox)`);
  console.log(`TelecomX sandbox: ${sandbox.telecomxUrl}  (admin@sandbox.example / sandbox)`);
  const running = sandbox;
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    void running.close().then(() => {
      console.log(`sandbox: stopped (${signal})`);
      process.exit(0);
    });
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

void main();
