/** The booking API's part of /api/openapi.json (decision 0196): its paths, served under /api/v1. */
const slot = {
  type: "object",
  required: ["start", "end", "channel", "practitionerId"],
  properties: {
    start: { type: "string", format: "date-time", description: "ISO 8601 with the Finnish offset, e.g. 2027-03-29T09:00:00+03:00." },
    end: { type: "string", format: "date-time" },
    channel: { type: "string", enum: ["in_person", "phone", "video"] },
    practitionerId: { type: ["string", "null"], format: "uuid", description: "Null for the first free practitioner of a shared service." },
  },
};
const problem = (description: string, extra: Record<string, unknown> = {}) => ({
  description,
  content: {
    "application/json": {
      schema: { type: "object", required: ["code", "message"], properties: { code: { type: "string" }, message: { type: "string" }, ...extra } },
    },
  },
});

export function bookingOpenApiPaths(origin: string) {
  const servers = [{ url: `${origin}/api/v1` }];
  return {
    "/services/{serviceId}/slots": {
      servers,
      get: {
        operationId: "getFreeSlots",
        summary: "Free times of a service (a network-map service id) from one day to another, both included, at most six weeks.",
        parameters: [
          { name: "serviceId", in: "path", required: true, schema: { type: "string", format: "uuid" } },
          { name: "from", in: "query", required: true, schema: { type: "string", format: "date" } },
          { name: "to", in: "query", required: true, schema: { type: "string", format: "date" } },
        ],
        responses: {
          "200": {
            description: "The free times, one per channel.",
            content: { "application/json": { schema: { type: "object", required: ["slots"], properties: { slots: { type: "array", items: slot } } } } },
          },
          "404": problem("The service has no bookable times."),
          "422": problem("A bad period.", { errors: { type: "object", additionalProperties: { type: "string" } } }),
          "429": problem("Too many requests from this address; see Retry-After."),
        },
      },
    },
    "/bookings": {
      servers,
      post: {
        operationId: "bookTime",
        summary: "Books a free time. Nothing is stored unless the booking is made; the citizen gets an e-mail with an .ics invitation.",
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                type: "object",
                required: ["serviceId", "start", "channel", "name", "language", "consent"],
                properties: {
                  serviceId: { type: "string", format: "uuid" },
                  start: { type: "string", format: "date-time" },
                  channel: { type: "string", enum: ["in_person", "phone", "video"] },
                  practitionerId: { type: "string", format: "uuid" },
                  name: { type: "string", maxLength: 120 },
                  email: { type: "string", format: "email", description: "E-mail or phone, or both." },
                  phone: { type: "string" },
                  note: { type: "string", maxLength: 500, description: "No sensitive data." },
                  language: { type: "string", enum: ["fi", "sv", "en"] },
                  consent: { type: "boolean", const: true },
                },
              },
            },
          },
        },
        responses: {
          "201": {
            description: "Booked.",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  required: ["id", "manageUrl"],
                  properties: { id: { type: "string", format: "uuid" }, manageUrl: { type: "string", format: "uri" } },
                },
              },
            },
          },
          "400": problem("The body is not a JSON object."),
          "404": problem("The service has no bookable times."),
          "409": problem("The time is no longer free.", { alternatives: { type: "array", items: slot } }),
          "422": problem("Field errors.", { errors: { type: "object", additionalProperties: { type: "string" } } }),
          "429": problem("Too many bookings from this address; see Retry-After."),
        },
      },
    },
  };
}
