/** What the personal-data pass reports in a text, as the strings a reader sees: for rule tests with near variants. */
import { detectPii } from '../../review/pii/index.js';

export const names = (text: string): string[] => detectPii(text).filter((c) => c.type === 'person_name').map((c) => text.slice(c.start, c.end));
export const addresses = (text: string): string[] => detectPii(text).filter((c) => c.type === 'address').map((c) => text.slice(c.start, c.end));
