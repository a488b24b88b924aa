// The join option under which the server (never the visitor) tells a room who asked for a seat or a room: matchmaking
// and the seat endpoint overwrite it with the request's address, and the room strips it before the join's checks.
export const VISITOR_ADDRESS_OPTION = "$visitorAddress";
