import type { AppContext } from '../../server/context.js';
import type { CompanyRegistry } from './company-registry.js';
import type { FileStore } from './file-store.js';

/** What the activators' use cases need besides the app's ports: where files go and the company registry. */
export interface ActivatorsDeps extends AppContext {
  files: FileStore;
  registry: CompanyRegistry;
  /** Websites are checked in the background after each submission (network allowed). */
  websiteCheck: boolean;
}
