// The segmentation files, shipped inside the app (Vite copies them from the package into the
// renderer's assets; app:// and the browser host serve them like any other asset). Nothing is fetched
// from anywhere else: the CSP's 'self' and 'wasm-unsafe-eval' are all they need.
import solution from '@mediapipe/selfie_segmentation/selfie_segmentation.js?url';
import graph from '@mediapipe/selfie_segmentation/selfie_segmentation.binarypb?url&no-inline';
import model from '@mediapipe/selfie_segmentation/selfie_segmentation.tflite?url';
import simdLoader from '@mediapipe/selfie_segmentation/selfie_segmentation_solution_simd_wasm_bin.js?url';
import simdWasm from '@mediapipe/selfie_segmentation/selfie_segmentation_solution_simd_wasm_bin.wasm?url';
import loader from '@mediapipe/selfie_segmentation/selfie_segmentation_solution_wasm_bin.js?url';
import wasm from '@mediapipe/selfie_segmentation/selfie_segmentation_solution_wasm_bin.wasm?url';

/** File name (as the package asks for it) → absolute address (workers resolve against their own URL). */
export function segmentationFiles(base: string = document.baseURI): Record<string, string> {
  const relative: Record<string, string> = {
    'selfie_segmentation.js': solution,
    'selfie_segmentation.binarypb': graph,
    'selfie_segmentation.tflite': model,
    'selfie_segmentation_solution_simd_wasm_bin.js': simdLoader,
    'selfie_segmentation_solution_simd_wasm_bin.wasm': simdWasm,
    'selfie_segmentation_solution_wasm_bin.js': loader,
    'selfie_segmentation_solution_wasm_bin.wasm': wasm,
  };
  return Object.fromEntries(Object.entries(relative).map(([name, url]) => [name, new URL(url, base).toString()]));
}
