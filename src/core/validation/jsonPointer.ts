// JSON Pointers (RFC 6901): the way problems name a place in a document, independent of its formatting.

export function pointerFromSegments(segments: readonly (string | number)[]): string {
  return segments.map((segment) => '/' + String(segment).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

export function segmentsFromPointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new Error(`Not a JSON pointer: "${pointer}"`);
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function childPointer(parent: string, segment: string | number): string {
  return parent + pointerFromSegments([segment]);
}
