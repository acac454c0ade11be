/**
 * Independent arithmetic for building test identifiers: nothing here comes from review/, so a bug in
 * the detectors' check-digit code cannot make its own tests pass.
 */

export function withIdCheck(first17: string, lower = false): string {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let s = 0;
  for (let i = 0; i < 17; i++) s += Number(first17[i]) * w[i];
  const c = '10X98765432'[s % 11];
  return first17 + (lower ? c.toLowerCase() : c);
}

/** The same 17 digits with a check character that is certainly wrong. */
export function withWrongIdCheck(first17: string): string {
  const right = withIdCheck(first17).slice(-1);
  return first17 + (right === '0' ? '1' : '0');
}

export function withLuhn(body: string): string {
  let s = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    s += d;
  }
  return body + String((10 - (s % 10)) % 10);
}

export function withoutLuhn(body: string): string {
  const good = withLuhn(body).slice(-1);
  return body + String((Number(good) + 1) % 10);
}

/** An ID whose check character is X (searching birth serials until one is). */
export function idEndingInX(prefix = '15080219900101'): string {
  for (let n = 0; n < 1000; n++) {
    const id = withIdCheck(prefix + String(n).padStart(3, '0'));
    if (id.endsWith('X')) return id;
  }
  throw new Error('no X found');
}

export const ID1 = withIdCheck('15080219900101123');
export const ID2 = withIdCheck('11010519491231002');
export const ID_X = idEndingInX();
