/** Files over this are refused before reading: nothing Outpost writes comes near it. */
export const MAX_READ_BYTES = 512 * 1024 * 1024;
