// What a process tree listens on, read from /proc as `ss -ltnp` would: the TCP sockets in
// LISTEN state (/proc/net/tcp and tcp6) whose inode one of the processes holds open
// (/proc/<pid>/fd). Linux only.
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

/** The process ids below `root` (not `root` itself), from each process's parent id. */
export function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // ended meanwhile
    }
    // "pid (comm) state ppid …": comm may hold spaces and parentheses.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
  }
  const found: number[] = [];
  const queue = [...(children.get(root) ?? [])];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    found.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return found;
}

export function commandLine(pid: number): string[] {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  } catch {
    return [];
  }
}

/** Inode → local address of every listening TCP socket. */
function listeningSockets(): Map<string, string> {
  const sockets = new Map<string, string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text: string;
    try {
      text = readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      // State 0A is LISTEN; the port is the hex after the colon.
      if (fields[3] === '0A') sockets.set(fields[9]!, `port ${parseInt(fields[1]!.split(':')[1]!, 16)} (${fields[1]})`);
    }
  }
  return sockets;
}

export interface Listener {
  pid: number;
  command: string;
  address: string;
}

/** The TCP listeners held by `pids`. */
export function tcpListeners(pids: readonly number[]): Listener[] {
  const sockets = listeningSockets();
  const found: Listener[] = [];
  for (const pid of pids) {
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      let target: string;
      try {
        target = readlinkSync(`/proc/${pid}/fd/${fd}`);
      } catch {
        continue;
      }
      const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
      const address = inode ? sockets.get(inode) : undefined;
      if (address) found.push({ pid, command: commandLine(pid)[0] ?? '?', address });
    }
  }
  return found;
}
