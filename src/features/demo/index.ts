export { type DemoFilesOptions, type DemoFilesResult, writeDemoFiles } from './demo.files.js';
export { DEMO_END, DEMO_START, type DemoItem, type DemoOptions, generateDemo } from './demo.generator.js';
