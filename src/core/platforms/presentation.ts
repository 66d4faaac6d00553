// Markdown pieces for tree tooltips, shared by every kind so that all tooltips read alike.

/** Escapes the characters markdown would read as formatting in a value a person typed. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_{}[\]()#+\-.!|<>])/g, '\\$1');
}

/** `**Title**` then one `label: value` line per field that has a value. */
export function fieldList(title: string, fields: readonly (readonly [string, string | undefined])[]): string {
  const lines = fields.filter(([, value]) => value !== undefined && value !== '').map(([label, value]) => `- ${label}: ${value}`);
  return [`**${escapeMarkdown(title)}**`, '', ...lines].join('\n');
}

export function activeLabel(status: string): string {
  return status === '1' ? 'active' : status === '0' ? 'inactive' : `status ${status}`;
}
