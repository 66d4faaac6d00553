// Configuration as code without VS Code: export a connection into a folder, plan the folder against the remote,
// apply the plan. Pure data in and out, a progress callback and an AbortSignal, so the command line and the VS
// Code commands are both thin layers over these functions.
export { exportFolder, type ExportOptions, type ExportResult, type ExportedFile } from './exportFolder';
export { planFolder, type PlanOptions } from './planFolder';
export { applyPlan, type ApplyOptions, type ApplyProgressEvent, type ApplyResult } from './applyPlan';
export {
  hasChanges, isBlocked, planExitCode, type ConfigPlan, type PlanAction, type PlanEntry,
} from './planTypes';
export type { ApplyReport, ApplyStep, StepStatus, ReportedOutcome } from './reportTypes';
export { renderPlanText, describeCounts, describeWrites, writesIn, type RenderPlanOptions } from './renderPlan';
export { renderReportMarkdown, REPORT_FOLDER } from './reportFiles';
export { MANIFEST_FILE, readManifest, type ConfigManifest, type ManifestEntry, type ManifestConnection } from './manifest';
export { ConfigError } from './configError';
export type { ProgressEvent, ProgressListener } from './progress';
export type { FileProblem } from './validateFile';
export { acquireApplyLock, withApplyLock, describeHolder, type HeldLock, type LockHolder } from './applyLock';
export { ApplyJournal, RequestTap, readJournal, renderJournalLine, type JournalRecord } from './applyJournal';
export { applyWithJournal } from './journaledApply';
export { planWithInputs, readSavedPlan, savedPlanOf, whyStale, writeSavedPlan, type SavedPlan, type PlanInputs } from './savedPlan';
export { allowDeleteWord, applyDeletePolicy, deleteNamesToKeep, deleteNeedsName, PROTECT_KEY, typedNameProblem } from './protection';
