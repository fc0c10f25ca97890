/**
 * The "book a time" links of services. Booking sits above the network map, so it is plugged in
 * here by the shell at start-up (like organization-events.server.ts); without it, no links.
 */
export type BookingLinkReader = (serviceIds: string[]) => Promise<Map<string, string>>;

let reader: BookingLinkReader = async () => new Map<string, string>();

export function installBookingLinks(read: BookingLinkReader): void {
  reader = read;
}

/** Per service id, the id of its bookable service, for the services that can be booked. */
export const bookableServiceIds = (serviceIds: string[]): Promise<Map<string, string>> =>
  serviceIds.length ? reader(serviceIds) : Promise.resolve(new Map<string, string>());
