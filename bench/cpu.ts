import { readdirSync, readFileSync } from 'node:fs';

/** CPU time counters (in clock ticks) read from Linux's /proc: the whole machine, and the bench's own processes. */
export interface CpuSnapshot {
  total: number;
  busy: number;
  ours: number;
}

function processTicks(stat: string): { comm: string; pgrp: number; ticks: number } | null {
  // The command name may hold spaces and parentheses: the fields start after the last ')'.
  const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
  const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const pgrp = Number(rest[2]);
  const ticks = Number(rest[11]) + Number(rest[12]);
  return Number.isFinite(pgrp) && Number.isFinite(ticks) ? { comm, pgrp, ticks } : null;
}

/** A PostgreSQL backend names its database in its process title ("postgres: user database host …"). */
function servesDatabase(pid: string, database: string): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split(/[\s\0]+/).includes(database);
  } catch {
    return false;
  }
}

/**
 * Ticks spent by the whole machine, and by the bench's side: this process, the server's process
 * group, and the PostgreSQL backends connected to the bench database (they are part of what is
 * measured). Null where /proc is missing (not Linux): the share of others is then not reported.
 */
export function cpuSnapshot(serverGroup: number, database?: string): CpuSnapshot | null {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1, 9).map(Number);
    const total = fields.reduce((a, b) => a + b, 0);
    const idle = fields[3]! + fields[4]!;
    let ours = 0;
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      let stat: string;
      try {
        stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      } catch {
        continue; // ended meanwhile
      }
      const p = processTicks(stat);
      if (!p) continue;
      const mine =
        Number(entry) === process.pid ||
        p.pgrp === serverGroup ||
        (database !== undefined && p.comm === 'postgres' && servesDatabase(entry, database));
      if (mine) ours += p.ticks;
    }
    return { total, busy: total - idle, ours };
  } catch {
    return null;
  }
}

/** The share of all the cores that other processes used between two snapshots (0 to 1). */
export function othersShare(before: CpuSnapshot | null, after: CpuSnapshot | null): number | null {
  if (!before || !after) return null;
  const total = after.total - before.total;
  if (total <= 0) return null;
  const others = after.busy - before.busy - (after.ours - before.ours);
  return Math.min(1, Math.max(0, others / total));
}
