// Corrections for problems that have one obvious fix (or a short list of equally valid ones), as text edits.
// Pure: the text and the problem in, edits out; the VS Code layer turns them into code actions.
import { modify, parse, type FormattingOptions, type JSONPath } from 'jsonc-parser';
import { isJsonObject } from '../platforms/documentValues';
import type { DocumentProblem } from '../platforms/resourceKind';
import { ACCESS_TYPE_NAMES } from '../platforms/sft/serviceCodes';
import { segmentsFromPointer } from '../validation/jsonPointer';

export interface TextEdit {
  readonly offset: number;
  readonly length: number;
  readonly content: string;
}

export interface QuickFix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /** The one obvious correction (VS Code's auto-fix may apply it); false where the person must choose. */
  readonly preferred: boolean;
}

/** What a fix may need to know beyond the text: the remote's view. */
export interface FixFacts {
  /** The access type the profile has on the remote (a `roaming:` document), to put back instead of an obsolete one. */
  readonly remoteAccessType?: string;
  /** The suppliers (categoryGroupId and name) under which the entry's TADIG is offered, from the network list. */
  readonly suppliersOfTadig?: readonly { readonly id: string; readonly name: string }[];
}

/** Current access types, most common first (06 is what a new profile starts with). */
const ACCESS_TYPE_CHOICES = ['06', '10', '01', '02'];

const DEFAULT_FORMATTING: FormattingOptions = { tabSize: 2, insertSpaces: true, eol: '\n' };

/** The pointer as jsonc-parser's path: array positions as numbers. */
function pathOf(text: string, pointer: string): JSONPath {
  let current: unknown = parse(text, [], { allowTrailingComma: true });
  const path: JSONPath = [];
  for (const segment of segmentsFromPointer(pointer)) {
    if (Array.isArray(current) && /^\d+$/.test(segment)) {
      path.push(Number(segment));
      current = current[Number(segment)];
    } else {
      path.push(segment);
      current = isJsonObject(current) ? current[segment] : undefined;
    }
  }
  return path;
}

function setValue(text: string, path: JSONPath, value: unknown, formatting: FormattingOptions): TextEdit[] {
  return modify(text, path, value, { formattingOptions: formatting });
}

const describeAccessType = (code: string): string => `${code} (${ACCESS_TYPE_NAMES[code] ?? 'unknown'})`;

export function quickFixesFor(text: string, problem: DocumentProblem, facts: FixFacts = {}, formatting = DEFAULT_FORMATTING): QuickFix[] {
  const path = pathOf(text, problem.pointer);
  const sibling = (name: string): JSONPath => [...path.slice(0, -1), name];
  switch (problem.code) {
    case 'accessType-missing':
      // Reported on `service`; which RAT is the person's choice, so no choice is preferred.
      return ACCESS_TYPE_CHOICES.map((code) => ({
        title: `Add accessType ${describeAccessType(code)}`,
        edits: setValue(text, sibling('accessType'), code, formatting),
        preferred: false,
      }));
    case 'accessType-superfluous':
      return [{ title: 'Remove accessType (NB-IoT alone takes none)', edits: setValue(text, path, undefined, formatting), preferred: true }];
    case 'accessType-obsolete':
    case 'accessType-unknown': {
      const remote = facts.remoteAccessType;
      if (remote !== undefined && remote in ACCESS_TYPE_NAMES) {
        return [{ title: `Put back accessType ${describeAccessType(remote)}, as on the remote`, edits: setValue(text, path, remote, formatting), preferred: true }];
      }
      // The contract names no successor for the old codes: offer the current ones, let the person choose.
      return ACCESS_TYPE_CHOICES.map((code) => ({
        title: `Use accessType ${describeAccessType(code)}`,
        edits: setValue(text, path, code, formatting),
        preferred: false,
      }));
    }
    case 'unknown-category-group': {
      const suppliers = facts.suppliersOfTadig ?? [];
      return suppliers.map((supplier) => ({
        title: `Use supplier ${supplier.id} (${supplier.name}), which offers this network`,
        edits: setValue(text, path, supplier.id, formatting),
        preferred: suppliers.length === 1,
      }));
    }
    case 'calledRegion-superfluous':
      return [{ title: 'Remove calledRegion (an incoming price has none)', edits: setValue(text, path, undefined, formatting), preferred: true }];
    case 'second-homeland':
    case 'second-roamLikeHome': {
      const flag = problem.code === 'second-homeland' ? 'homeland' : 'roamLikeHome';
      return [{ title: `Set ${flag} to false (another region of the network has it)`, edits: setValue(text, path, false, formatting), preferred: false }];
    }
    default:
      return [];
  }
}
