// What a configuration folder holds besides the kind folders: the names plan and export know, so that anything
// else can be reported instead of ignored.

export const MANIFEST_FILE = 'roaming-manifest.json';

/** The default place for apply reports, inside the folder (not a kind folder, so plans never read it). */
export const REPORT_FOLDER = 'apply-reports';

/** Entries a person keeps beside the configuration, never read and never reported: hidden files, notes. */
export function isKeptAside(name: string): boolean {
  return name.startsWith('.') || /\.md$/i.test(name);
}
