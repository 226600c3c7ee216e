// Electron composition root. Written in the Electron shell issue.
export {};
