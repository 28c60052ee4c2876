// A public profile with what its page shows around it: the departments served by name, the region,
// and the charter's commitments in the version the activator accepted.
import type { Db } from '../../../db/client.js';
import type { Clock } from '../../../server/clock.js';
import { areas } from '../../directory/areas.js';
import { charterInForce, charterVersion } from '../../registration/charter.js';
import { findPublicProfile, type PublicProfile } from '../queries.js';

export interface PublicProfileView {
  profile: PublicProfile;
  territory: string[];
  region: { name: string; slug: string } | null;
  /** The commitments a business can count on (free first diagnosis, quick answer, redirection, clear prices). */
  commitments: string[];
}

/** The first four commitments of the charter are the ones a business is promised. */
const PROMISED_COMMITMENTS = 4;

export async function getPublicProfile(deps: { db: Db; clock: Clock }, slug: string): Promise<PublicProfileView | null> {
  const profile = await findPublicProfile(deps.db, slug);
  if (!profile) return null;
  const known = await areas(deps.db);
  const territory = [...profile.territoryDepartments]
    .sort()
    .map((code) => {
      const department = known.departmentByCode.get(code);
      return department ? `${department.name} (${code})` : code;
    });
  const region = profile.regionCode ? (known.regionByCode.get(profile.regionCode) ?? null) : null;
  const charter = (profile.charterVersion && charterVersion(profile.charterVersion)) || charterInForce(deps.clock.now());
  return {
    profile,
    territory,
    region: region ? { name: region.name, slug: region.slug } : null,
    commitments: charter.commitments.slice(0, PROMISED_COMMITMENTS).map((c) => c.title),
  };
}
