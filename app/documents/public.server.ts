/** What other parts of Elo may use of the documents on the server: the shell installs its schedule. */
export { documentSchedules } from "./tasks.server";
