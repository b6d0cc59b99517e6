/**
 * The English texts, one entry per key of the Vietnamese catalogue (vi.ts), with the same parameters.
 */
import type { vi } from './vi.ts';

export const en: typeof vi = {};
