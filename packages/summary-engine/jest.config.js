import { esmTypeScriptJest } from '../../jest.preset.js';

export default esmTypeScriptJest();
