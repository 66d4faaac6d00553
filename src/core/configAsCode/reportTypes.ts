// What an apply did, step by step, as data: the JSON report is this object, the Markdown report renders it.
import type { ApiRequest, FailureKind, WriteStatus } from '../http/types';
import type { KindSlug } from '../platforms/resourceKind';
import type { ManifestConnection } from './manifest';

/** A write's outcome, or `skipped` when it was never sent (stopped, cancelled). */
export type StepStatus = WriteStatus | 'skipped';

/** The kind's WriteOutcome in plain JSON (the ambiguity is an Error, which JSON would lose). */
export interface ReportedOutcome {
  readonly status: WriteStatus;
  readonly id?: string;
  readonly message: string;
  readonly ambiguity?: { readonly kind: FailureKind; readonly message: string; readonly code?: string };
}

export interface ApplyStep {
  readonly file: string;
  readonly kind: KindSlug;
  readonly action: 'create' | 'update' | 'delete' | 'adopt';
  /** The remote id: the new one for a create that was applied. */
  readonly id?: string;
  readonly name: string;
  readonly summary: string;
  readonly status: StepStatus;
  /** What happened, or why not, and what to do next. */
  readonly message: string;
  /** The kind's outcome when the write was sent. */
  readonly outcome?: ReportedOutcome;
  /** The failure, when the vendor refused or the call failed before an outcome. */
  readonly failure?: { readonly kind: FailureKind | 'error'; readonly message: string; readonly code?: string };
  /** What was (or would have been) sent. */
  readonly requests?: readonly ApiRequest[];
}

export type ApplyResultKind = 'applied' | 'nothing-to-apply' | 'failed' | 'cancelled';

export interface ApplyReport {
  readonly reportVersion: 1;
  readonly connection: ManifestConnection;
  readonly folder: string;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly continueOnError: boolean;
  readonly result: ApplyResultKind;
  readonly steps: readonly ApplyStep[];
  readonly counts: Readonly<Record<StepStatus, number>>;
}

export function countSteps(steps: readonly ApplyStep[]): Record<StepStatus, number> {
  const counts: Record<StepStatus, number> = { applied: 0, 'not-applied': 0, unknown: 0, skipped: 0 };
  for (const step of steps) counts[step.status] += 1;
  return counts;
}
