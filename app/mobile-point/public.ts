/** What pages of other features and the shell may use of the mobile point (nothing server-only). */
export { NextVisits } from "./components/next-visits";
