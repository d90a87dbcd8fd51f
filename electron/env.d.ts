// Types for electron-vite's `?asset` imports in the main process.
/// <reference types="electron-vite/node" />
