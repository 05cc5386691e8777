import { jsonStoreHarness } from './helpers/json-store-harness.ts';
import { markContract } from './helpers/store-marks-contract.ts';

markContract('JSON file store', jsonStoreHarness);
