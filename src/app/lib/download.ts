// Saves a file in the browser (no server involved): a URL clicked through a temporary link.
export function downloadUrl(fileName: string, url: string) {
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
}

/** Bytes or text as a file, through a temporary object URL. */
export function downloadBlob(fileName: string, content: BlobPart, mime: string) {
  const url = URL.createObjectURL(new Blob([content], { type: mime }));
  downloadUrl(fileName, url);
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadText(fileName: string, text: string, mime = 'application/json;charset=utf-8') {
  downloadBlob(fileName, text, mime);
}
