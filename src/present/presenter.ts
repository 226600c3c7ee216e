// The presenter view (current and next slide, notes, timer). Written in the presenter issue.
export {};
