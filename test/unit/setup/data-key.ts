import { installDataKey } from '../../../renderer/src/db/vault/vault';

// Renderer databases seal rows with the data key main hands over at start-up; in unit tests, a fresh one per file.
installDataKey(crypto.getRandomValues(new Uint8Array(32)));
