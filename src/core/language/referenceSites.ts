// Where a file refers to another remote object: a destination group id, an operator's TADIG code and supplier
// (categoryGroupId), a called region's id in a region's outbound voice prices. Recognised by the property and
// where it sits, so the same rule serves documents and request bodies (`roamingProfileInfo.destinationGroupId`,
// `addTadigCodeList[2].tadigCode`…). Pure: offsets in, offsets out.
import { offsetBeyondDepth } from '../validation/jsonDepth';
import { findNodeAtOffset, getLocation, getNodePath, getNodeValue, parse, parseTree, type JSONPath, type Node } from 'jsonc-parser';
import { isJsonObject, type JsonObject } from '../platforms/documentValues';
import type { TextSpan } from '../validation/jsonTextLocations';

export type ReferenceKind = 'destination-group' | 'tadig' | 'supplier' | 'region';

export interface ReferenceSite {
  readonly kind: ReferenceKind;
  /** The value written there, as text; `undefined` when nothing is written yet. */
  readonly value: string | undefined;
  /** The value's text, quotes included, or an empty span at the cursor when there is no value yet. */
  readonly span: TextSpan;
  /** The object the reference sits in: an operator entry's other field tells which TADIG a supplier is for. */
  readonly holder: JsonObject;
  /** The file's `network` (regions): outbound prices may only name regions of the same network. */
  readonly network: string | undefined;
}

/** The lists whose entries are operators, `{ tadigCode, categoryGroupId }`. */
const OPERATOR_LISTS = new Set(['tadigCodeList', 'addTadigCodeList', 'removeTadigCodeList']);

const LENIENT = { allowTrailingComma: true, disallowComments: false };

function kindOfPath(path: JSONPath): ReferenceKind | undefined {
  const last = path.at(-1);
  const inOperatorList = typeof path.at(-2) === 'number' && OPERATOR_LISTS.has(String(path.at(-3)));
  if (last === 'destinationGroupId') return 'destination-group';
  if (last === 'tadigCode' && inOperatorList) return 'tadig';
  if (last === 'categoryGroupId' && inOperatorList) return 'supplier';
  if (last === '_id' && typeof path.at(-2) === 'number' && path.at(-3) === 'outbound' && path.at(-4) === 'voice') return 'region';
  return undefined;
}

function valueAt(root: unknown, path: JSONPath): unknown {
  let current = root;
  for (const segment of path) {
    if (Array.isArray(current) && typeof segment === 'number') current = current[segment];
    else if (isJsonObject(current) && typeof segment === 'string') current = current[segment];
    else return undefined;
  }
  return current;
}

function networkOf(root: unknown): string | undefined {
  return isJsonObject(root) && typeof root.network === 'string' ? root.network : undefined;
}

/** The value node of a property, when the offset is on one (not on a key). */
function propertyValueAt(tree: Node | undefined, offset: number): Node | undefined {
  const node = tree && findNodeAtOffset(tree, offset, true);
  if (!node || (node.type !== 'string' && node.type !== 'number')) return undefined;
  const property = node.parent;
  return property?.type === 'property' && property.children?.[1] === node ? node : undefined;
}

/** The reference at `offset`, on its value or where its value is about to be typed. */
export function referenceAt(text: string, offset: number): ReferenceSite | undefined {
  // The parsers recurse: a document nested beyond any real one has no references worth a stack overflow.
  if (offsetBeyondDepth(text) >= 0) return undefined;
  const tree = parseTree(text, [], LENIENT);
  const root: unknown = parse(text, [], LENIENT);
  const valueNode = propertyValueAt(tree, offset);
  if (valueNode) {
    const path = getNodePath(valueNode);
    const kind = kindOfPath(path);
    if (!kind) return undefined;
    const holder = valueNode.parent?.parent ? getNodeValue(valueNode.parent.parent) : undefined;
    return {
      kind,
      value: String(valueNode.value),
      span: { offset: valueNode.offset, length: valueNode.length },
      holder: isJsonObject(holder) ? holder : {},
      network: networkOf(root),
    };
  }
  const location = getLocation(text, offset);
  if (location.isAtPropertyKey) return undefined;
  const kind = kindOfPath(location.path);
  if (!kind) return undefined;
  const holder = valueAt(root, location.path.slice(0, -1));
  return { kind, value: undefined, span: { offset, length: 0 }, holder: isJsonObject(holder) ? holder : {}, network: networkOf(root) };
}

/** At most this many references are named in one document: a group of thousands of operators stays quick. */
export const MAX_NAMED_REFERENCES = 2_000;

/** Every reference with a value in the text, in order, up to `MAX_NAMED_REFERENCES` (for names shown inline). */
export function referenceSitesIn(text: string): ReferenceSite[] {
  if (offsetBeyondDepth(text) >= 0) return [];
  const tree = parseTree(text, [], LENIENT);
  if (!tree) return [];
  const root: unknown = parse(text, [], LENIENT);
  const network = networkOf(root);
  const sites: ReferenceSite[] = [];
  const pending: Node[] = [tree];
  while (pending.length > 0 && sites.length < MAX_NAMED_REFERENCES) {
    const node = pending.pop() as Node;
    if (node.type === 'property' && node.children?.length === 2) {
      const valueNode = node.children[1];
      if (valueNode.type === 'string' || valueNode.type === 'number') {
        const kind = kindOfPath(getNodePath(valueNode));
        const holder = node.parent ? getNodeValue(node.parent) : undefined;
        if (kind) sites.push({ kind, value: String(valueNode.value), span: { offset: valueNode.offset, length: valueNode.length }, holder: isJsonObject(holder) ? holder : {}, network });
      }
    }
    for (let index = (node.children?.length ?? 0) - 1; index >= 0; index -= 1) pending.push((node.children as Node[])[index]);
  }
  return sites;
}
