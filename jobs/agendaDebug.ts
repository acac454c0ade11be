/**
 * Agenda's job processor makes a new `debug` logger on every claim and run (`log.extend('jobProcessing')(…)`),
 * even with DEBUG unset, and each new logger asks whether stderr is a TTY (a system call) and hashes its
 * namespace into a colour. Neither answer changes while the process runs: this remembers them, in the `debug`
 * instance Agenda itself loads. The lines that DEBUG enables come out as before.
 */
import { createRequire } from 'node:module';

interface DebugModule {
  useColors(): boolean;
  selectColor(namespace: string): string | number;
}

let installed = false;

export function rememberAgendaDebugColours(): void {
  if (installed) return;
  installed = true;
  let debug: Partial<DebugModule>;
  try {
    debug = createRequire(import.meta.resolve('agenda'))('debug') as Partial<DebugModule>;
  } catch {
    return;
  }
  const { useColors, selectColor } = debug;
  if (typeof useColors !== 'function' || typeof selectColor !== 'function') return;
  let colours: boolean | undefined;
  debug.useColors = () => (colours ??= useColors.call(debug));
  const byNamespace = new Map<string, string | number>();
  debug.selectColor = (namespace: string) => {
    let colour = byNamespace.get(namespace);
    if (colour === undefined) {
      colour = selectColor.call(debug, namespace);
      byNamespace.set(namespace, colour);
    }
    return colour;
  };
}
