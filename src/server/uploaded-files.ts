import type { FastifyRequest } from 'fastify';
import type { MultipartFile } from '@fastify/multipart';

// Multipart bodies are read as key/values (a file field's value is its bytes): the name the file had
// on the sender's computer is kept here, for the few rules that read it (never as a path).
const names = new WeakMap<FastifyRequest, Map<string, string>>();

/** The multipart plugin's `onFile`: reads the file into memory as before and remembers its name. */
export async function rememberUploadedFile(this: FastifyRequest, part: MultipartFile): Promise<void> {
  await part.toBuffer();
  let map = names.get(this);
  if (!map) names.set(this, (map = new Map()));
  map.set(part.fieldname, part.filename);
}

export function uploadedFileName(request: FastifyRequest, field: string): string {
  return names.get(request)?.get(field) ?? '';
}
