/**
 * References between entries: a plan task as "YEAR/ID" (from news, events,
 * commendations and documents) and a procedure by its code (from late-file
 * disclosures). A clerk types them by hand, so they are matched without
 * regard to case: "2024/i.1" is task I.1 of the 2024 plan. Every reader
 * (the cross-file checks, plan progress, the pages) matches through here.
 */

/** The form two references are compared in. */
export const refKey = (ref: string): string => ref.trim().toLowerCase();

export const sameRef = (a: string, b: string): boolean => refKey(a) === refKey(b);

import { planTasks, type PlanTask } from './plans.ts';
import { shortText } from './text.ts';
import type { PlanGroup, Task } from '../schemas/plan.ts';

/** "2024/3" for task 3 of the 2024 plan; "2024/II.1" for task 1 of group II (the full id, src/lib/plans.ts). */
export const taskRef = (year: number, id: string): string => `${year}/${id}`;

interface PlanData {
  year: number;
  groups?: readonly PlanGroup[] | undefined;
  tasks: readonly Task[];
}

/** The plan and task (with its full id and group) a reference points at, or undefined when it points at none. */
export function taskOf<P extends { data: PlanData }>(plans: readonly P[], ref: string | undefined): { plan: P; task: PlanTask } | undefined {
  if (!ref) return undefined;
  for (const plan of plans) {
    const task = planTasks(plan.data).find((t) => sameRef(taskRef(plan.data.year, t.id), ref));
    if (task) return { plan, task };
  }
  return undefined;
}

/** The first `max` of a list of valid choices, and how many were left out, for a message. */
export function someOf(choices: readonly string[], max = 12): { shown: string[]; more: number } {
  return { shown: choices.slice(0, max), more: Math.max(0, choices.length - max) };
}

export interface TaskChoice {
  /** The reference stored: "2024/I.1". */
  value: string;
  year: number;
  id: string;
  lead: string;
  /** Its group in a grouped appendix: the unit responsible, else the heading, shortened. */
  group: string | null;
  short: string;
}

/** Every task of every plan by its full id, newest plan first and in the appendix's order. */
export function taskChoices(plans: readonly PlanData[]): TaskChoice[] {
  return [...plans]
    .sort((a, b) => b.year - a.year)
    .flatMap((plan) =>
      planTasks(plan).map((t) => ({
        value: taskRef(plan.year, t.id),
        year: plan.year,
        id: t.id,
        lead: t.lead,
        group: t.group ? shortText(t.group.unit ?? t.group.title, 40) : null,
        short: shortText(t.content, 80),
      })),
    );
}
