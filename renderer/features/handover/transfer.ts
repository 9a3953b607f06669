/** A chosen file's text (UTF-8), read in the page: nothing is uploaded anywhere. */
export function readText(file: Blob): Promise<string> {
  return file.text();
}
