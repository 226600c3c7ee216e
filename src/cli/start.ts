// `npm start`: present the bundled deck in Electron, or in the browser when Electron is missing.
export {};
