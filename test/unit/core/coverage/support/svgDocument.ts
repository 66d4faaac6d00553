// An SVG string read with a strict XML parser (sax): it throws on anything not well-formed, and gives the elements
// with their attributes and text, so tests can ask which countries a map marks.
import sax from 'sax';

export interface SvgElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  /** The text of its `<title>` child, when it has one. */
  title?: string;
}

export function readSvg(svg: string): SvgElement[] {
  const parser = sax.parser(true);
  const elements: SvgElement[] = [];
  const open: SvgElement[] = [];
  let text = '';
  parser.onerror = (error) => { throw error; };
  parser.onopentag = (tag) => {
    const element: SvgElement = { name: tag.name, attributes: tag.attributes as Record<string, string> };
    elements.push(element);
    open.push(element);
    text = '';
  };
  parser.ontext = (chunk) => { text += chunk; };
  parser.onclosetag = (name) => {
    open.pop();
    if (name === 'title' && open.length > 0) open[open.length - 1].title = text;
  };
  parser.write(svg).close();
  if (elements[0]?.name !== 'svg') throw new Error('the document is not an <svg>');
  return elements;
}

/** The ISO codes of the elements carrying `class` (e.g. `covered`, `only-left`). */
export function countriesWithClass(elements: readonly SvgElement[], shade: string): string[] {
  return [...new Set(elements.filter((element) => (element.attributes.class ?? '').split(' ').includes(shade)).map((element) => element.attributes['data-iso2']).filter((iso2) => iso2 !== undefined))].sort();
}
