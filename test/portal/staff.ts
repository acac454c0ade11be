/** The people of the portal suites: an editor and a reviewer of one unit, and an admin. */
export const STAFF = [
  { username: 'ed', role: 'editor', unit: 'bynr' },
  { username: 'rev', role: 'reviewer', unit: 'bynr' },
  { username: 'adm', role: 'admin' },
];
