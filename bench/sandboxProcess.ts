// The sandbox for the benchmark, in a process of its own: the server's work (30 MB list answers, request logs)
// must not run on the same event loop as the client or extension host being measured. Started by
// sandboxChild.ts through fork(); reports its URLs over IPC and stops when the parent disconnects.
import { startSandbox } from '../src/sandbox';

export interface SandboxReady {
  readonly sftUrl: string;
  readonly telecomxUrl: string;
}

async function main(): Promise<void> {
  const size = process.argv[2] === 'large' ? 'large' : 'small';
  // No SFT limit to start with: each measurement sets the limit it needs through /__sandbox/settings.
  const sandbox = await startSandbox({ size, sft: { tps: 0 } });
  const stop = () => { void sandbox.close().finally(() => process.exit(0)); };
  process.on('disconnect', stop);
  process.on('SIGTERM', stop);
  const ready: SandboxReady = { sftUrl: sandbox.sftUrl, telecomxUrl: sandbox.telecomxUrl };
  process.send?.(ready);
}

void main().catch((error) => {
  console.error(`bench sandbox: ${(error as Error).message}`);
  process.exit(1);
});
