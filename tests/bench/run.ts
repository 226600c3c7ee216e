// npm run bench: prints the benchmark figures. Sections are added per issue.
export {};
