// An apply with its journal: the start (who, where, which account, which saved plan), every request the client
// sends and every read it makes to verify (through the RequestTap), each step as it ends, and the result. The
// journal is written as the apply goes, so a crash leaves the lines up to it; the lock is the caller's to hold.
import { manifestConnectionOf } from './manifest';
import { applyPlan, type ApplyOptions, type ApplyResult } from './applyPlan';
import type { ApplyJournal, RequestTap } from './applyJournal';
import { messageOf } from './configError';
import type { ConfigPlan } from './planTypes';
import type { PlatformClient } from '../platforms/resourceKind';

export interface JournaledApplyOptions extends ApplyOptions {
  /** The saved plan applied (`apply --plan FILE`), for the record. */
  readonly savedPlan?: string;
  /** The client's logger tap, when it has one: its requests go to the journal while the apply runs. */
  readonly tap?: RequestTap;
}

export async function applyWithJournal(client: PlatformClient, plan: ConfigPlan, journal: ApplyJournal, options: JournaledApplyOptions = {}): Promise<ApplyResult> {
  journal.started({
    connection: manifestConnectionOf(client.connection), folder: plan.folder, counts: plan.counts,
    ...(options.savedPlan !== undefined && { savedPlan: options.savedPlan }),
  });
  if (options.tap) options.tap.journal = journal;
  try {
    const result = await applyPlan(client, plan, {
      ...options,
      onProgress: (event) => {
        if (event.step) journal.step(event.step);
        options.onProgress?.(event);
      },
    });
    journal.record('apply-finished', {
      result: result.report.result, counts: result.report.counts, ...(result.reportFiles && { report: result.reportFiles.json }),
    });
    return result;
  } catch (error) {
    journal.record('apply-finished', { result: 'stopped', message: messageOf(error) });
    throw error;
  } finally {
    if (options.tap) options.tap.journal = undefined;
  }
}
