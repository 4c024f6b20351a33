import { describe, expect, it } from 'vitest';
import { pdfBlob } from './use-privacy';

describe('the subject-access PDF as a download', () => {
  it('turns the base64 the API sends into the PDF bytes themselves', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.7\n\u00e9');
    const blob = pdfBlob(btoa(String.fromCharCode(...bytes)));
    expect(blob.type).toBe('application/pdf');
    expect([...new Uint8Array(await blob.arrayBuffer())]).toEqual([...bytes]);
  });
});
