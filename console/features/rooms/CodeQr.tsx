import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * An enrollment code as a QR code (the `qrcode` package, loaded only when a code is on screen so
 * the console's first download stays small). It holds the code's text and nothing else, as an
 * SVG image: the technician scans it or reads the text beside it.
 */
export function CodeQr({ code }: { code: string }) {
  const { t } = useTranslation();
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void import('qrcode').then(async (qr) => {
      const text = await qr.toString(code, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
      if (live) setSvg(text);
    });
    return () => {
      live = false;
    };
  }, [code]);
  if (svg === null) return null;
  return (
    <img
      className="qr"
      src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
      alt={t('codes.qrAlt', { code })}
      width={160}
      height={160}
      data-testid={`qr-${code}`}
    />
  );
}
