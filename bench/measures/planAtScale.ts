// Plan at scale (comparing 5,000 exported objects with the remote) belongs to the folder plan of
// src/configAsCode, which another engineer is writing. Until the benchmark measures it, the figure is reported as
// not measured, never as a made-up number.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FIGURES, notMeasured, type Figure } from '../figures';

export function measurePlanAtScale(repositoryRoot: string): Figure[] {
  const folder = path.join(repositoryRoot, 'src', 'configAsCode');
  const reason = fs.existsSync(folder)
    ? 'not measured yet: src/configAsCode exists now, but the benchmark for its plan is not written (bench/README.md, "Plan at scale")'
    : 'not measured yet: the folder plan (src/configAsCode) does not exist yet';
  return [notMeasured(FIGURES.planAtScale, reason)];
}
