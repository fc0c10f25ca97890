import type { ScheduleDefinition, Task } from "./define.server";

/**
 * The tasks and schedules of this process, installed by the shell at start-up from the features'
 * public entries. The runner takes them from here, and the jobs page lists the schedules.
 */
interface Installed {
  tasks: Map<string, Task>;
  schedules: ScheduleDefinition[];
}

let installed: Installed = { tasks: new Map(), schedules: [] };

export function installJobs(jobs: { tasks: readonly Task[]; schedules: readonly ScheduleDefinition[] }): void {
  const tasks = new Map<string, Task>();
  for (const task of [...jobs.tasks, ...jobs.schedules.map((s) => s.task)]) {
    const known = tasks.get(task.name);
    if (known && known !== task) throw new Error(`Two tasks are named ${task.name}`);
    tasks.set(task.name, task);
  }
  const names = new Set<string>();
  for (const schedule of jobs.schedules) {
    if (names.has(schedule.name)) throw new Error(`Two schedules are named ${schedule.name}`);
    names.add(schedule.name);
  }
  installed = { tasks, schedules: [...jobs.schedules] };
}

export const installedTasks = (): Task[] => [...installed.tasks.values()];
export const installedSchedules = (): ScheduleDefinition[] => installed.schedules;
