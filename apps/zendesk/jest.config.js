import preset from '../../jest.preset.js';
// Component tests opt into jsdom with a `@jest-environment jsdom` docblock; the package check runs in node.
export default { ...preset };
