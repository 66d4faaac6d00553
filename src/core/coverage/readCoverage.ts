// Reading what a coverage is computed from: a destination group, or a roaming profile and (for a DEFAULT one) its
// group, through the kinds' own reads. The computing stays in coverage.ts, pure; this is the one place that asks
// the platform, so the command line and a VS Code view read alike.
import type { CallOptions } from '../http/types';
import type { PlatformClient } from '../platforms/resourceKind';
import { destinationGroupKind } from '../platforms/sft/destinationGroup';
import { roamingProfileKind } from '../platforms/sft/roamingProfile';
import { coverageOf, effectiveNetworksOf, type Coverage } from './coverage';

export interface CoverageSubject {
  readonly kind: 'group' | 'profile';
  readonly id: string;
}

export interface SubjectCoverage {
  /** `destination group "Malta Only" (2505)`. */
  readonly label: string;
  readonly coverage: Coverage;
}

/** Thrown when the subject does not exist: the message names it and the connection. */
export class CoverageSubjectMissing extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CoverageSubjectMissing';
  }
}

export async function readSubjectCoverage(client: PlatformClient, subject: CoverageSubject, options?: CallOptions): Promise<SubjectCoverage> {
  if (subject.kind === 'group') {
    const group = await destinationGroupKind.get(client, subject.id, options);
    if (!group) throw new CoverageSubjectMissing(`Destination group ${subject.id} does not exist on ${client.connection.name}.`);
    return { label: `destination group "${group.destinationListName}" (${subject.id})`, coverage: coverageOf(group.operators) };
  }
  const profile = await roamingProfileKind.get(client, subject.id, options);
  if (!profile) throw new CoverageSubjectMissing(`Roaming profile ${subject.id} does not exist on ${client.connection.name}.`);
  // A DEFAULT profile follows its group: read the group, so the coverage is the group's as it is now.
  const group = profile.profileType === 'DEFAULT' ? await destinationGroupKind.get(client, profile.destinationGroupId, options) : undefined;
  const groupsById = new Map(group ? [[group.destinationListId, group]] : []);
  const type = profile.profileType ? `${profile.profileType} ` : '';
  return {
    label: `${type}roaming profile "${profile.roamingProfileName}" (${subject.id})`,
    coverage: coverageOf(effectiveNetworksOf(profile, groupsById)),
  };
}
