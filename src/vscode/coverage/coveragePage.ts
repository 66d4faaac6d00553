// The Coverage view's page: the map (the same SVG as `roaming-workbench coverage --format svg`) and, beside it, the
// same facts as a list for people who prefer text and for screen readers. Built as a string, with no `vscode`
// import: the panel (coveragePanel.ts) supplies the content security policy's source and nonce. Nothing remote
// is loaded: the map's geometry is bundled, the styles and the one script are inline and allowed by the nonce.
import type { CountryCoverage, Coverage, CoverageComparison } from '../../core/coverage/coverage';
import { renderCoverageMap, xmlText } from '../../core/coverage/coverageMap';

/** What a Coverage view shows, kept as the webview's state so a reload draws it again. */
export type CoverageRequest =
  | { readonly connectionId: string; readonly subject: CoverageSubjectRef }
  | { readonly connectionId: string; readonly subject: CoverageSubjectRef; readonly compareConnectionId: string; readonly compareWith: CoverageSubjectRef };

export interface CoverageSubjectRef {
  readonly kind: 'group' | 'profile';
  readonly id: string;
}

export type CoverageContent =
  | { readonly label: string; readonly coverage: Coverage }
  | { readonly leftLabel: string; readonly rightLabel: string; readonly comparison: CoverageComparison };

export interface PageSecurity {
  /** `webview.cspSource`. */
  readonly cspSource: string;
  /** A fresh random value per render. */
  readonly nonce: string;
}

// The map's colours come from the theme's chart colours, so light, dark and high contrast each use their own
// readable set with one meaning: blue covered, green in both, orange only left, purple only right.
const PAGE_STYLE = `
body { color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); padding: 0 12px; }
body {
  --coverage-land: color-mix(in srgb, var(--vscode-foreground) 14%, transparent);
  --coverage-border: var(--vscode-editor-background);
  --coverage-text: var(--vscode-foreground);
  --coverage-covered: var(--vscode-charts-blue);
  --coverage-both: var(--vscode-charts-green);
  --coverage-only-left: var(--vscode-charts-orange);
  --coverage-only-right: var(--vscode-charts-purple);
}
body.vscode-high-contrast, body.vscode-high-contrast-light { --coverage-border: var(--vscode-contrastBorder, currentColor); --coverage-land: transparent; }
.layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(14rem, 1fr); gap: 16px; align-items: start; }
@media (max-width: 720px) { .layout { grid-template-columns: minmax(0, 1fr); } }
.map svg { width: 100%; height: auto; display: block; }
.map path[data-iso2]:hover, .map circle[data-iso2]:hover { stroke: var(--vscode-focusBorder); stroke-width: 1.5; }
.list { max-height: calc(100vh - 80px); overflow: auto; }
.list h2 { font-size: 1.05em; margin: 12px 0 4px; }
.list h3 { font-size: 1em; margin: 8px 0 2px; }
.list ul { margin: 0 0 4px; padding-left: 18px; }
.swatch { display: inline-block; width: 0.8em; height: 0.8em; margin-right: 6px; vertical-align: baseline; border: 1px solid var(--coverage-border); }
.swatch.covered { background: var(--coverage-covered); } .swatch.both { background: var(--coverage-both); }
.swatch.only-left { background: var(--coverage-only-left); } .swatch.only-right { background: var(--coverage-only-right); }
.summary { color: var(--vscode-descriptionForeground); margin: 8px 0; }
`;

// Tells the extension what was drawn (which countries carry which shade, and how long the page took), and keeps
// the request as state, so VS Code can restore the view after a reload.
const PAGE_SCRIPT = `
const vscode = acquireVsCodeApi();
const request = JSON.parse(document.body.dataset.request);
vscode.setState(request);
const marked = {};
for (const shade of ['covered', 'both', 'only-left', 'only-right']) {
  marked[shade] = [...new Set([...document.querySelectorAll('.map [data-iso2].' + shade)].map((element) => element.getAttribute('data-iso2')))].sort();
}
vscode.postMessage({ type: 'rendered', marked, listed: document.querySelectorAll('.list li').length, drawnMs: Math.round(performance.now()) });
`;

function countryList(countries: readonly CountryCoverage[]): string {
  if (countries.length === 0) return '<p class="summary">None.</p>';
  return countries.map((country) => {
    const networks = country.networks.map((network) => `<li>${xmlText(network.tadigCode)} / ${xmlText(network.categoryGroupId)}${network.operator ? ` — ${xmlText(network.operator)}` : ''}</li>`).join('');
    const code = country.iso2 ? ` (${xmlText(country.iso2)})` : '';
    return `<h3>${xmlText(country.name)}${code}: ${country.networks.length} network${country.networks.length === 1 ? '' : 's'}</h3><ul>${networks}</ul>`;
  }).join('');
}

const networkCount = (countries: readonly CountryCoverage[]) => countries.reduce((sum, country) => sum + country.networks.length, 0);
const countriesText = (countries: readonly CountryCoverage[]) =>
  `${countries.length} countr${countries.length === 1 ? 'y' : 'ies'}, ${networkCount(countries)} network${networkCount(countries) === 1 ? '' : 's'}`;

/** The heading of the view and its tab. */
export function coverageTitle(content: CoverageContent): string {
  return 'coverage' in content ? `Coverage of ${content.label}` : `Coverage: ${content.leftLabel} compared with ${content.rightLabel}`;
}

export function coveragePage(content: CoverageContent, request: CoverageRequest, security: PageSecurity): string {
  const title = coverageTitle(content);
  const { nonce, cspSource } = security;
  const map = 'coverage' in content
    ? renderCoverageMap({ coverage: content.coverage, title }, { styleNonce: nonce, zoomToShaded: true })
    : renderCoverageMap({ comparison: content.comparison, title, leftLabel: content.leftLabel, rightLabel: content.rightLabel }, { styleNonce: nonce, zoomToShaded: true });
  const list = 'coverage' in content
    ? `<p class="summary">${countriesText(content.coverage.countries)}</p><h2><span class="swatch covered"></span>Covered</h2>${countryList(content.coverage.countries)}`
    : [
      `<h2><span class="swatch both"></span>In both (${countriesText(content.comparison.countries)})</h2>${countryList(content.comparison.countries)}`,
      `<h2><span class="swatch only-left"></span>Only in ${xmlText(content.leftLabel)} (${countriesText(content.comparison.onlyLeft)})</h2>${countryList(content.comparison.onlyLeft)}`,
      `<h2><span class="swatch only-right"></span>Only in ${xmlText(content.rightLabel)} (${countriesText(content.comparison.onlyRight)})</h2>${countryList(content.comparison.onlyRight)}`,
    ].join('');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src ${cspSource} data:; style-src ${cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${xmlText(title)}</title>
<style nonce="${nonce}">${PAGE_STYLE}</style>
</head>
<body data-request="${xmlText(JSON.stringify(request))}">
<div class="layout">
<figure class="map" aria-label="${xmlText(title)}">${map}</figure>
<section class="list" aria-label="Countries and networks">${list}</section>
</div>
<script nonce="${nonce}">${PAGE_SCRIPT}</script>
</body>
</html>`;
}
