/** Queue tickets and help calls (issue #6). Filled in by the queue work before it ships. */
export const queue = `
SELECT 1;
`;
