/** Saves text as a file through the browser's download (both modes: the app window allows it too). */
export function download(content: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: fileName });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A chosen file's text (UTF-8), read in the page: nothing is uploaded anywhere. */
export function readText(file: Blob): Promise<string> {
  return file.text();
}
