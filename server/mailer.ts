import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { Mail, Mailer } from '../workflow/deps.js';

const FROM = '统发 Tongfa <noreply@tongfa.local>';

/** SMTP when SMTP_URL is set; otherwise each mail becomes an `.eml` file under DATA_DIR/outbox. */
export function createMailer(options: { smtpUrl: string | null; outboxDir: string }): Mailer {
  if (options.smtpUrl) {
    const transport = nodemailer.createTransport(options.smtpUrl);
    return {
      async send(mail: Mail) {
        await transport.sendMail({ from: FROM, to: mail.to, subject: mail.subject, text: mail.text });
      },
    };
  }
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    async send(mail: Mail) {
      const info = await transport.sendMail({ from: FROM, to: mail.to, subject: mail.subject, text: mail.text });
      // Written beside the outbox and renamed in: whoever reads the outbox (an operator's mail pickup, a test) never
      // sees a half-written .eml. Same parent directory, so the rename stays on one filesystem and is atomic.
      const partialDir = `${options.outboxDir}.partial`;
      await fs.mkdir(options.outboxDir, { recursive: true });
      await fs.mkdir(partialDir, { recursive: true });
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(4).toString('hex')}.eml`;
      await fs.writeFile(path.join(partialDir, name), info.message as Buffer);
      await fs.rename(path.join(partialDir, name), path.join(options.outboxDir, name));
    },
  };
}
