// The plan's findings as a SARIF 2.1.0 log (OASIS), for GitHub code scanning (`upload-sarif`) and other tools that
// read it: one result per problem, with the file relative to the repository root (`%SRCROOT%`) and its line and
// column. The tests validate the log against the 2.1.0 schema (test/fixtures/sarif). Strings are printable and
// free of known secrets; URIs are percent-encoded segment by segment, so any file name is a valid URI reference.
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { printableLine } from '../../text/printable';
import type { ConfigPlan } from '../planTypes';
import { FINDING_RULES, planFindings, type FindingRule } from './planFindings';

const RULE_IDS = Object.keys(FINDING_RULES) as FindingRule[];

/** `roaming/destination-groups/Malta 2.destination-group.json` → `roaming/destination-groups/Malta%202.destination-group.json`. */
export function uriOfPath(file: string): string {
  return file.split('/').map((segment) => encodeURIComponent(segment)).join('/');
}

export function renderPlanSarif(plan: ConfigPlan, pathOf: (file: string) => string, { strict = false }: { readonly strict?: boolean } = {}): string {
  const rules: ReportingDescriptor[] = RULE_IDS.map((id) => ({
    id, name: FINDING_RULES[id].name, shortDescription: { text: FINDING_RULES[id].description },
  }));
  const results: Result[] = planFindings(plan, { strict }).map((finding) => ({
    ruleId: finding.rule,
    ruleIndex: RULE_IDS.indexOf(finding.rule),
    level: finding.level,
    message: { text: printableLine(`${finding.title}: ${finding.message}`) },
    locations: [{
      physicalLocation: {
        artifactLocation: { uri: uriOfPath(pathOf(finding.file)), uriBaseId: '%SRCROOT%' },
        ...(finding.line !== undefined && { region: { startLine: finding.line, startColumn: finding.column ?? 1 } }),
      },
    }],
  }));
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'roaming-workbench', rules } },
      results,
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
