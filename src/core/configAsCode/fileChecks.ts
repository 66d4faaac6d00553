// Each file of a plan parsed once and, as a new file, schema-checked once. Pairing a renamed file with the object
// it tracked needs the same check as planning it as new; done twice, a 20 MB file was parsed and validated twice
// (and its tree built five times). The cache lives for one plan.
import type { KindFile } from './folderFiles';
import { checkFile, type CheckedFile } from './validateFile';
import { withoutProtectKey } from './protection';
import { parseJsonText, type ParsedJsonText } from '../validation/jsonTextLocations';

export class FileChecks {
  private readonly parses = new Map<KindFile, ParsedJsonText>();
  private readonly newFileChecks = new Map<KindFile, CheckedFile>();

  parsed(file: KindFile): ParsedJsonText {
    let parsed = this.parses.get(file);
    if (!parsed) this.parses.set(file, (parsed = parseJsonText(file.text)));
    return parsed;
  }

  /**
   * The check of `text` — the file's own, or the file with its folder references put in (a text of its own,
   * checked afresh) — against `remote`, the object it edits; `undefined` for a new file, whose check is kept.
   */
  check(file: KindFile, remote: unknown, text = file.text): CheckedFile & { readonly protect?: true } {
    // `$protect` is the folder's own word (protection.ts): never compared with the remote, never sent.
    if (text !== file.text) return withoutProtectKey(checkFile(text, file.kind, remote));
    if (remote !== undefined) return withoutProtectKey(checkFile(text, file.kind, remote, this.parsed(file)));
    let checked = this.newFileChecks.get(file);
    if (!checked) this.newFileChecks.set(file, (checked = withoutProtectKey(checkFile(text, file.kind, undefined, this.parsed(file)))));
    return checked;
  }
}
