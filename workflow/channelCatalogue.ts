import { z } from 'zod';
import { CHANNEL_DESCRIPTORS } from '../channels/plugins.js';
import { requireActor, type Actor } from './actor.js';

export interface ChannelInfo {
  kind: string;
  label: string;
  formalLabel: string;
  hosted: boolean;
  /** The credential fields an account needs, required ones first, so the console can draw the form. */
  credentialFields: { name: string; required: boolean }[];
  canQueryStatus: boolean;
  canRetract: boolean;
  canMassSend: boolean;
}

/** The registered channels as the console shows them; read from the descriptors, never listed by hand. */
export function listChannels(actor: Actor | null): ChannelInfo[] {
  requireActor(actor);
  return CHANNEL_DESCRIPTORS.map((d) => {
    const schema = 'credentials' in d && d.credentials ? (z.toJSONSchema(d.credentials, { io: 'input' }) as { properties?: Record<string, unknown>; required?: string[] }) : null;
    const required = new Set(schema?.required ?? []);
    const credentialFields = Object.keys(schema?.properties ?? {})
      .map((name) => ({ name, required: required.has(name) }))
      .sort((a, b) => Number(b.required) - Number(a.required));
    return {
      kind: d.kind, label: d.label, formalLabel: d.formalLabel, hosted: d.hosted, credentialFields,
      canQueryStatus: d.capabilities.status, canRetract: d.capabilities.retract, canMassSend: d.capabilities.massSend,
    };
  });
}
