// `--only GLOB`: plan and apply a part of the folder, the way Terraform's `-target` does, without breaking the
// dependency order. A pattern names files by their path in the folder (`destination-groups/Malta*.json`) or objects
// by kind and name (`roaming-profile/UK Ireland Roaming`, `roaming-profiles/UK*`). The plan is made for the whole
// folder as usual (so every check and every reference is resolved the same way), then cut down to the selection —
// plus, for each selected write that names a file whose object does not exist yet (a pending reference: a new
// group, or one only to be recorded), that file's entry, which apply must carry out first. Each such entry says
// which selected files pulled it in. Everything else is left out: not sent, not planned as a delete, not counted.
import picomatch from 'picomatch';
import { kindBySlug } from '../platforms/registry';
import { ConfigError } from './configError';
import { countActions, type ConfigPlan, type PlanEntry, type PlanSelection } from './planTypes';

type Matcher = (entry: PlanEntry) => boolean;

/** The names a pattern may be written against: the file's path, and `kind/name` with the kind's slug or folder. */
function namesOf(entry: PlanEntry): string[] {
  const folder = kindBySlug(entry.kind)?.folder;
  return [entry.file, `${entry.kind}/${entry.name}`, ...(folder !== undefined ? [`${folder}/${entry.name}`] : [])];
}

function matcherOf(pattern: string): Matcher {
  const trimmed = pattern.trim().replace(/\\/g, '/').replace(/^\.\//, '');
  if (trimmed === '') throw new ConfigError('--only needs a pattern: a file of the folder (destination-groups/Malta*.json) or kind/name (roaming-profile/UK*).');
  let test: (value: string) => boolean;
  try {
    // `dot`: a name may start with a dot like any other; nothing else is special beyond the usual glob syntax.
    test = picomatch(trimmed, { dot: true });
  } catch (error) {
    throw new ConfigError(`--only "${pattern}" is not a pattern picomatch understands: ${error instanceof Error ? error.message : String(error)}`);
  }
  return (entry) => namesOf(entry).some((name) => test(name));
}

/** The entry of each file this one needs created (or recorded) first, by the plan's pending references. */
function dependenciesOf(entry: PlanEntry, byFile: ReadonlyMap<string, PlanEntry>): PlanEntry[] {
  return (entry.pendingReferences ?? []).flatMap((reference) => {
    const needed = byFile.get(reference.file);
    return needed !== undefined ? [needed] : [];
  });
}

/**
 * The plan cut down to what `patterns` select and what the selection needs. A pattern that selects nothing is an
 * error (a typo must not pass as "no changes"); no pattern at all returns the plan as it is.
 */
export function selectTargets(plan: ConfigPlan, patterns: readonly string[] | undefined): ConfigPlan {
  if (patterns === undefined || patterns.length === 0) return plan;
  const matchers = patterns.map((pattern) => ({ pattern, matches: matcherOf(pattern) }));
  const unmatched = matchers.filter(({ matches }) => !plan.entries.some(matches)).map(({ pattern }) => `"${pattern}"`);
  if (unmatched.length > 0) {
    throw new ConfigError(`--only ${unmatched.join(', ')} matches no file of the folder and no object it tracks: give a path such as destination-groups/Malta*.json or kind/name such as roaming-profile/UK*. Nothing was planned.`);
  }
  const byFile = new Map(plan.entries.map((entry) => [entry.file, entry]));
  const selected = new Set(plan.entries.filter((entry) => matchers.some(({ matches }) => matches(entry))).map((entry) => entry.file));
  const neededBy = new Map<string, Set<string>>();
  // Breadth first over pending references: what a pulled-in file needs is pulled in too.
  const queue = [...selected];
  while (queue.length > 0) {
    const file = queue.shift() as string;
    for (const needed of dependenciesOf(byFile.get(file) as PlanEntry, byFile)) {
      // Chosen by a pattern itself: not "pulled in".
      if (needed.file === file || (selected.has(needed.file) && !neededBy.has(needed.file))) continue;
      const by = neededBy.get(needed.file) ?? new Set<string>();
      by.add(file);
      neededBy.set(needed.file, by);
      if (!selected.has(needed.file)) {
        selected.add(needed.file);
        queue.push(needed.file);
      }
    }
  }
  const entries = plan.entries
    .filter((entry) => selected.has(entry.file))
    .map((entry) => {
      const by = neededBy.get(entry.file);
      return by === undefined ? entry : { ...entry, pulledInBy: [...by].sort() };
    });
  const selection: PlanSelection = { patterns: [...patterns], notSelected: plan.entries.length - entries.length };
  return { ...plan, entries, counts: countActions(entries), selection };
}

/** "pulled in: needed by roaming-profiles/X.roaming-profile.json": one line for the plan's renderings. */
export function describePulledIn(entry: Pick<PlanEntry, 'pulledInBy'>): string | undefined {
  return entry.pulledInBy && entry.pulledInBy.length > 0 ? `pulled in: needed by ${entry.pulledInBy.join(', ')}` : undefined;
}

/** "Only: pattern, pattern (12 other files left out)". */
export function describeSelection(selection: PlanSelection): string {
  return `Only ${selection.patterns.map((pattern) => `"${pattern}"`).join(', ')} and what it needs (${selection.notSelected} other file${selection.notSelected === 1 ? '' : 's'} left out: not sent, not deleted)`;
}
