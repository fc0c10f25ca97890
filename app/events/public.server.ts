/**
 * What other features may use of events on the server: they import it from here, never from
 * events' internal modules (the layering test enforces it).
 */
import { eventSchedules, eventTasks } from "./commands/tasks.server";

/** Events' background work, installed by the shell: reminders, and erasing old registrations daily. */
export { eventSchedules, eventTasks };
