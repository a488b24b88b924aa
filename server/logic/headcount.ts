// Headcount: where each member is relative to the leading guide (with the group, behind, in another scene, offline). Pure.
import { MemberPlace } from "../../common/messageTypes";
import { GROUP_RADIUS_M } from "../../common/tour";

export interface Whereabouts {
  sceneId: string;
  x: number;
  z: number;
  connected: boolean;
}

export function memberPlace(member: Whereabouts, guide: Whereabouts | undefined, radius = GROUP_RADIUS_M): MemberPlace {
  if (!member.connected) return MemberPlace.Offline;
  if (!guide || member.sceneId !== guide.sceneId) return MemberPlace.Elsewhere;
  return Math.hypot(member.x - guide.x, member.z - guide.z) <= radius ? MemberPlace.With : MemberPlace.Behind;
}

export interface HeadcountSummary {
  with: number;
  behind: number;
  elsewhere: number;
  offline: number;
}

export function summarize(places: Iterable<MemberPlace>): HeadcountSummary {
  const s: HeadcountSummary = { with: 0, behind: 0, elsewhere: 0, offline: 0 };
  for (const p of places) {
    if (p === MemberPlace.With) s.with++;
    else if (p === MemberPlace.Behind) s.behind++;
    else if (p === MemberPlace.Elsewhere) s.elsewhere++;
    else s.offline++;
  }
  return s;
}
