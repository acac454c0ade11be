import { unzipSync } from 'fflate';
import { badInput } from './errors.js';

/*
 * The limits every ZIP-based upload (DOCX, XLSX, OFD) is held to before anything inflates it: a 20 MB archive
 * can declare gigabytes (a zip bomb), and the gate reads every part (packageText.ts) as exceljs does.
 */

const MB = 1024 * 1024;
export const ZIP_LIMITS = {
  /** Parts in one archive: a Word file has tens, a long OFD a few per page. */
  maxEntries: 10_000,
  /** What all parts together may inflate to, as the archive declares it. */
  maxInflatedBytes: 200 * MB,
} as const;

/**
 * The parts `wanted` names, inflated, after checking the archive's declared entries and sizes against the
 * limits. Each part inflates into a buffer of its declared size, so a part that lies about its size is cut
 * short there instead of growing memory.
 */
export function readZipParts(data: Uint8Array, fileName: string, wanted: (name: string) => boolean): Record<string, Uint8Array> {
  let entries = 0;
  let inflated = 0;
  const parts = unzipSync(data, {
    filter: (file) => {
      entries += 1;
      inflated += file.originalSize;
      if (entries > ZIP_LIMITS.maxEntries) throw badInput(`文件「${fileName}」内含部件超过 ${ZIP_LIMITS.maxEntries} 个，无法检查，请另存后重新上传`, { field: 'file' });
      if (inflated > ZIP_LIMITS.maxInflatedBytes) {
        throw badInput(`文件「${fileName}」解压后超过 ${ZIP_LIMITS.maxInflatedBytes / MB} MB，无法检查（可能是异常压缩的文件），请另存后重新上传`, { field: 'file' });
      }
      return wanted(file.name);
    },
  });
  return parts;
}
