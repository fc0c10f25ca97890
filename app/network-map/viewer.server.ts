import { getCurrentUser } from "../kit/permissions/current-user.server";
import { isNetworkMember } from "../kit/permissions/roles";

/** Whether the visitor may see what practitioners share with the network only. */
export async function viewerIsNetworkMember(request: Request): Promise<boolean> {
  return isNetworkMember(await getCurrentUser(request));
}
