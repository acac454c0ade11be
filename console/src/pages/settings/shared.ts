/** Entries the hub seeded itself (e.g. the State Council's holiday schedule) are the system's, not a person's. */
export const byWhom = (username: string): string => (username.startsWith('system') ? '系统预置' : username);
