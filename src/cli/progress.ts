/**
 * A progress bar for long work (imports, seeding) on a terminal; one line per tenth elsewhere
 * (CI logs, files), so the output stays readable in both.
 */
export function progressBar(label: string, stream: NodeJS.WriteStream = process.stdout) {
  const started = Date.now();
  let lastTenth = -1;
  return {
    update(done: number, total: number) {
      const ratio = total > 0 ? Math.min(1, done / total) : 1;
      if (stream.isTTY) {
        const width = 30;
        const filled = Math.round(ratio * width);
        stream.write(`\r${label} [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${Math.round(ratio * 100)} % (${done}/${total})`);
      } else {
        const tenth = Math.floor(ratio * 10);
        if (tenth > lastTenth) {
          lastTenth = tenth;
          stream.write(`${label} : ${tenth * 10} % (${done}/${total})\n`);
        }
      }
    },
    finish(summary?: string) {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      if (stream.isTTY) stream.write('\n');
      stream.write(`${label} : terminé en ${seconds} s${summary ? ` — ${summary}` : ''}\n`);
    },
  };
}
