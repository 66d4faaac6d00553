// Where a few JSON pointers live in a (valid JSON) text, found in one scan without building jsonc-parser's tree:
// for a 20 MB file that tree takes hundreds of megabytes, while a plan or a report needs the places of at most
// `MAX_PROBLEMS_PER_FILE` problems. The pointers are merged into one tree of segments; the scan follows it and
// skips the inside of every value no pointer enters. The spans are the ones `spanOfPointer` gives on a tree.
import { visit } from 'jsonc-parser';
import { segmentsFromPointer } from './jsonPointer';
import { spanOfPlacedValue, type PlacedValue, type TextSpan } from './jsonTextLocations';

export interface PointerPlace {
  readonly pointer: string;
  /** What to underline when the place exists: its property name or its value. */
  readonly target?: 'key' | 'value';
}

/** One segment of the wanted pointers, and where the scan first met its value. */
interface Wanted {
  readonly children: Map<string, Wanted>;
  found?: PlacedValue;
  /** Found, or known to be absent (its parent ended without it). */
  settled?: boolean;
  /** Everything below is settled too: a later end need not walk it again. */
  settledBelow?: boolean;
}

/** Thrown to end the scan once every wanted place is settled: the first problems sit near the start. */
const EVERYTHING_SETTLED = Symbol('every wanted place settled');

/** A container being scanned: which wanted segment it is (if any), and which of its entries comes next. */
interface Frame {
  readonly wanted: Wanted | undefined;
  readonly isArray: boolean;
  nextIndex: number;
  propertyName?: string;
  propertyKey?: TextSpan;
}

/** The span of each place, in the order given. */
export function locatePointers(text: string, places: readonly PointerPlace[]): TextSpan[] {
  const root: Wanted = { children: new Map() };
  let wantedCount = 1;
  const paths = places.map((place) => {
    const segments = segmentsFromPointer(place.pointer);
    let node = root;
    for (const segment of segments) {
      let child = node.children.get(segment);
      if (!child) {
        node.children.set(segment, (child = { children: new Map() }));
        wantedCount += 1;
      }
      node = child;
    }
    return segments;
  });
  if (places.length > 0) scan(text, root, wantedCount);
  return places.map((place, index) => {
    let deepest = root.found;
    let node = root;
    let complete = root.found !== undefined;
    for (const segment of paths[index]) {
      const child = node.children.get(segment);
      if (!child?.found) {
        complete = false;
        break;
      }
      node = child;
      deepest = child.found;
    }
    return spanOfPlacedValue(deepest as PlacedValue | undefined, complete, place.target ?? 'value');
  });
}

function scan(text: string, root: Wanted, wantedCount: number): void {
  const stack: Frame[] = [];
  let rootSeen = false;
  let unsettled = wantedCount;

  function settle(node: Wanted): void {
    if (!node.settled) {
      node.settled = true;
      unsettled -= 1;
    }
  }

  /** A container's first occurrence ended: what it was to hold and does not, it never will. (No recursion: pointers can be deep.) */
  function settleBelow(node: Wanted): void {
    if (node.settledBelow) return;
    node.settledBelow = true;
    const pending = [...node.children.values()];
    for (let next = pending.pop(); next; next = pending.pop()) {
      settle(next);
      if (next.settledBelow) continue;
      next.settledBelow = true;
      pending.push(...next.children.values());
    }
  }

  /** The wanted segment a value starting here stands for, the first time it is met (as findNodeAtLocation does). */
  function enter(offset: number, length: number, container: boolean): Wanted | undefined {
    const parent = stack[stack.length - 1];
    let wanted: Wanted | undefined;
    let key: TextSpan | undefined;
    if (!parent) {
      wanted = rootSeen ? undefined : root;
      rootSeen = true;
    } else if (parent.isArray) {
      wanted = parent.wanted?.children.get(String(parent.nextIndex));
      parent.nextIndex += 1;
    } else if (parent.propertyName !== undefined) {
      wanted = parent.wanted?.children.get(parent.propertyName);
      key = parent.propertyKey;
    }
    if (!wanted || wanted.found) return undefined;
    // A container's length is never needed: its span is its key or its opening bracket.
    wanted.found = { offset, length, container, ...(key && { key }) };
    settle(wanted);
    if (unsettled === 0) throw EVERYTHING_SETTLED;
    return wanted;
  }

  const begin = (isArray: boolean) => (offset: number, length: number): boolean => {
    const wanted = enter(offset, length, true);
    stack.push({ wanted, isArray, nextIndex: 0 });
    // `false`: jsonc-parser scans the inside without calling back, up to the matching end.
    return wanted !== undefined && wanted.children.size > 0;
  };
  const end = (): void => {
    const frame = stack.pop();
    if (!frame?.wanted) return;
    settleBelow(frame.wanted);
    if (unsettled === 0) throw EVERYTHING_SETTLED;
  };

  try {
    visit(text, {
      onObjectBegin: begin(false),
      onArrayBegin: begin(true),
      onObjectEnd: end,
      onArrayEnd: end,
      onObjectProperty(name, offset, length) {
        const frame = stack[stack.length - 1];
        frame.propertyName = name;
        frame.propertyKey = { offset, length };
      },
      onLiteralValue(_value, offset, length) {
        enter(offset, length, false);
      },
    });
  } catch (error) {
    // jsonc-parser recurses per nesting level; past the stack's depth the places found so far stand, and a
    // deeper one is shown at its nearest ancestor found.
    if (error !== EVERYTHING_SETTLED && !(error instanceof RangeError)) throw error;
  }
}
