/**
 * Province-level codes that open a resident ID number (GB/T 2260). Only the province is checked: county
 * codes change every year and a stale table would reject real people's numbers, while the province
 * prefix alone already rules out most random 18-digit strings (and the 91/92/93 prefixes of credit codes).
 */
export const PROVINCE_CODES: ReadonlySet<string> = new Set([
  '11', '12', '13', '14', '15',
  '21', '22', '23',
  '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46',
  '50', '51', '52', '53', '54',
  '61', '62', '63', '64', '65',
  '71', '81', '82', '83',
]);
