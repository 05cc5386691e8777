import { setFlagsFromString } from 'node:v8';

/**
 * V8 lets the heap grow to up to four times what is live before it collects, which suits a browser tab
 * more than a school server: under a class's answers Byline held 400 MB with under 80 MB live. Once the
 * data is loaded (start-up keeps V8's own pace, so a large file loads quickly), each collection may let
 * the heap grow by half of what is live. The young generation's size is set where the process starts
 * (`--max-semi-space-size` in package.json's start script), since V8 fixes it when the process starts.
 */
export function keepHeapSmall(): void {
  setFlagsFromString('--heap-growing-percent=50');
}
