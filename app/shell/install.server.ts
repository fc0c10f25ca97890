/**
 * Connects the features through the seams that keep the lower layers from importing the upper ones:
 * the whole message catalogue and the accounts feature's reader of the signed-in user go into the
 * kit; the education offerings listen to organisation changes. The server entry, start-up and the
 * test setup import this once.
 */
import "./messages";
import { readSessionUser } from "../accounts/session-user.server";
import { installCurrentUserReader } from "../kit/permissions/current-user.server";
import { onOrganizationSaved } from "../network-map/organization-events.server";
import { refreshOrganizationOfferings } from "../offerings/search-index.server";

installCurrentUserReader(readSessionUser);
onOrganizationSaved(refreshOrganizationOfferings);
