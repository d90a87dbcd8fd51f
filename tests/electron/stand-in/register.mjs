// Installs the resolution hook; pass with `node --import` before loading the built main bundle.
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);
