// CI renderings of a plan: GitHub workflow commands, Markdown (pull-request comment, job summary), JUnit, SARIF.
export { planFindings, FINDING_RULES, type PlanFinding, type FindingRule } from './planFindings';
export { escapeCommandData, escapeCommandProperty, githubAnnotations, withoutWorkflowCommands, workflowCommand } from './githubCommands';
export { renderPlanMarkdown, markdownCode, markdownText } from './planMarkdown';
export { renderPlanJunit } from './planJunit';
export { renderPlanSarif, uriOfPath } from './planSarif';
