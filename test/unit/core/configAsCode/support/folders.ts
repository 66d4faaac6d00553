// Temporary folders for export/plan/apply tests, and small helpers to read and edit the files in them.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const created: string[] = [];

export function temporaryFolder(label: string): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), `roaming-${label}-`));
  created.push(folder);
  return folder;
}

export function removeTemporaryFolders(): void {
  for (const folder of created.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
}

export function readJson(folder: string, file: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(folder, file), 'utf8'));
}

export function writeJson(folder: string, file: string, value: unknown): void {
  fs.mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
  fs.writeFileSync(path.join(folder, file), `${JSON.stringify(value, null, 2)}\n`);
}

/** Reads a JSON file, lets the test change it, writes it back. */
export function editJson<T>(folder: string, file: string, edit: (value: T) => T): void {
  writeJson(folder, file, edit(readJson(folder, file) as T));
}

export function removeFile(folder: string, file: string): void {
  fs.rmSync(path.join(folder, file));
}

export function listFiles(folder: string, subfolder: string): string[] {
  const directory = path.join(folder, subfolder);
  return fs.existsSync(directory) ? fs.readdirSync(directory).sort() : [];
}
