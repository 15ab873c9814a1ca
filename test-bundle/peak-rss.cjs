// Preloaded (NODE_OPTIONS=--require) into the command-line tool by cli-memory.mjs: when the process
// exits, appends its peak resident set size (VmHWM in /proc/self/status, in kB: the kernel's own
// high-water mark, so no sample can miss the peak) to the file PEAK_RSS_FILE names.
const { appendFileSync, readFileSync } = require('node:fs');
const { isMainThread } = require('node:worker_threads');

if (isMainThread && process.env.PEAK_RSS_FILE) {
  process.on('exit', () => {
    const status = readFileSync('/proc/self/status', 'utf8');
    const match = /^VmHWM:\s+(\d+) kB/m.exec(status);
    appendFileSync(process.env.PEAK_RSS_FILE, `${match ? match[1] : 'none'}\n`);
  });
}
