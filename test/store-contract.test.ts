import { jsonStoreHarness } from './helpers/json-store-harness.ts';
import { storeContract } from './helpers/store-contract.ts';

storeContract('JSON file store', jsonStoreHarness);
