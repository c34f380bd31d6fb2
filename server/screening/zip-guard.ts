import { ImportRefusal } from './import-refusal';

/** Decompressed, an XLSX may hold at most this much (a 100,000-row export is about 60 MB of XML). */
export const XLSX_EXPANDED_MAX = 400 * 1024 * 1024;
/** Real XLSX parts compress 5-20 times; a zip bomb, hundreds or thousands of times. */
const RATIO_MAX = 150;

/**
 * Read the zip's central directory (PKWARE APPNOTE 4.3.16: end of central directory, then one
 * 46-byte header per entry) and refuse a file that would expand too far, before any XML parser
 * sees it. We need only the declared sizes, and reading them is a few fixed offsets, so this is
 * done here rather than with a second unzip library; a zip that lies about its sizes fails the
 * streaming reader's own length checks, and the row cap bounds what is read either way.
 */
export function checkZip(buf: Buffer): void {
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0 || eocd + 22 > buf.length) throw new ImportRefusal('file_corrupt');
  const entries = buf.readUInt16LE(eocd + 10);
  let offset = buf.readUInt32LE(eocd + 16);
  let total = 0;
  let workbook = false;
  for (let i = 0; i < entries; i++) {
    if (offset + 46 > buf.length || buf.readUInt32LE(offset) !== 0x02014b50)
      throw new ImportRefusal('file_corrupt');
    const compressed = buf.readUInt32LE(offset + 20);
    const expanded = buf.readUInt32LE(offset + 24);
    const nameLength = buf.readUInt16LE(offset + 28);
    const extra = buf.readUInt16LE(offset + 30);
    const comment = buf.readUInt16LE(offset + 32);
    const name = buf.toString('utf8', offset + 46, offset + 46 + nameLength);
    if (name === 'xl/workbook.xml') workbook = true;
    // 0xFFFFFFFF: a ZIP64 size, which no spreadsheet of ours needs.
    if (compressed === 0xffffffff || expanded === 0xffffffff)
      throw new ImportRefusal('file_too_big');
    total += expanded;
    if (total > XLSX_EXPANDED_MAX || (expanded > 1024 * 1024 && expanded > compressed * RATIO_MAX))
      throw new ImportRefusal('file_too_big');
    offset += 46 + nameLength + extra + comment;
  }
  if (!workbook) throw new ImportRefusal('file_type');
}
